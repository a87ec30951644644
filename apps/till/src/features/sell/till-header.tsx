import type { StaffRow } from '../../db/rows';
import { BrandMark } from '../brand/brand-mark';
import { initials } from '../sign-in/staff-picker';
import { SyncBadge } from '../sync-status/sync-badge';
import { useSignOut } from './use-sign-out';

export interface TillHeaderProps {
  storeName: string;
  tillName: string;
  actor: StaffRow;
}

export function TillHeader({ storeName, tillName, actor }: TillHeaderProps) {
  const signOut = useSignOut();
  return (
    <header className="topbar">
      <div className="topbar-brand">
        <BrandMark size={32} />
        <div className="topbar-titles">
          <span className="topbar-store">{storeName}</span>
          <span className="topbar-till">{tillName}</span>
        </div>
      </div>
      <div className="topbar-actions">
        <SyncBadge />
        <div className="topbar-staff" title={`Signed in: ${actor.name}`}>
          <span className="avatar avatar-sm" aria-hidden="true">
            {initials(actor.name)}
          </span>
          <span className="topbar-staff-name">{actor.name}</span>
        </div>
        <button type="button" className="btn btn-topbar" onClick={signOut}>
          <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M15 4h3a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2h-3M10 16l-4-4 4-4M6 12h10" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          Sign out
        </button>
      </div>
    </header>
  );
}
