import { Link } from '@tanstack/react-router';
import type { StaffRow } from '../../db/rows';
import { BrandMark } from '../brand/brand-mark';
import { UnsyncedSignOutDialog } from '../outbox-export/unsynced-sign-out-dialog';
import { NoSaleButton } from '../printing/no-sale-button';
import { PrinterBadge } from '../printing/printer-badge';
import { initials } from '../sign-in/staff-picker';
import { SyncBadge } from '../sync-status/sync-badge';
import { TillNav } from './till-nav';
import { useSignOut } from './use-sign-out';

export interface TillHeaderProps {
  storeName: string;
  tillName: string;
  actor: StaffRow;
  /** The channel's locale, for amounts in the print queue. */
  locale: string;
}

export function TillHeader({ storeName, tillName, actor, locale }: TillHeaderProps) {
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
      <TillNav />
      <div className="topbar-actions">
        <SyncBadge />
        <PrinterBadge locale={locale} />
        <NoSaleButton actor={actor} />
        <div className="topbar-staff" role="group" aria-label={`Signed in: ${actor.name}`} title={`Signed in: ${actor.name}`}>
          <span className="avatar avatar-sm" aria-hidden="true">
            {initials(actor.name)}
          </span>
          <span className="topbar-staff-name">{actor.name}</span>
        </div>
        <Link to="/settings/printers" className="btn btn-topbar btn-topbar-icon" aria-label="Printers & devices" title="Printers & devices">
          <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <circle cx="12" cy="12" r="3" fill="none" stroke="currentColor" strokeWidth="1.8" />
            <path
              d="M19.4 15a1.7 1.7 0 0 0 .3 1.8l.1.1a2 2 0 1 1-2.8 2.8l-.1-.1a1.7 1.7 0 0 0-1.8-.3 1.7 1.7 0 0 0-1 1.5V21a2 2 0 1 1-4 0v-.1a1.7 1.7 0 0 0-1.1-1.5 1.7 1.7 0 0 0-1.8.3l-.1.1a2 2 0 1 1-2.8-2.8l.1-.1a1.7 1.7 0 0 0 .3-1.8 1.7 1.7 0 0 0-1.5-1H3a2 2 0 1 1 0-4h.1a1.7 1.7 0 0 0 1.5-1.1 1.7 1.7 0 0 0-.3-1.8l-.1-.1a2 2 0 1 1 2.8-2.8l.1.1a1.7 1.7 0 0 0 1.8.3H9a1.7 1.7 0 0 0 1-1.5V3a2 2 0 1 1 4 0v.1a1.7 1.7 0 0 0 1 1.5 1.7 1.7 0 0 0 1.8-.3l.1-.1a2 2 0 1 1 2.8 2.8l-.1.1a1.7 1.7 0 0 0-.3 1.8V9a1.7 1.7 0 0 0 1.5 1H21a2 2 0 1 1 0 4h-.1a1.7 1.7 0 0 0-1.5 1z"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.6"
              strokeLinejoin="round"
            />
          </svg>
        </Link>
        <button type="button" className="btn btn-topbar" onClick={signOut.request} aria-label="Sign out">
          <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M15 4h3a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2h-3M10 16l-4-4 4-4M6 12h10" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          <span className="topbar-label">Sign out</span>
        </button>
      </div>
      {signOut.unsynced ? <UnsyncedSignOutDialog pending={signOut.unsynced.pending} onStay={signOut.stay} onSignOut={signOut.signOut} /> : null}
    </header>
  );
}
