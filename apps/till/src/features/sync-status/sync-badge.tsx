import { useState } from 'react';
import { isOnline } from '../../sync-client/sync-store';
import { SyncPanel } from './sync-panel';
import { useStorageStatus } from './use-storage-status';
import { useSyncState } from './use-sync-state';
import './sync-status.css';

/**
 * "Online · 0 pending" / "Offline · 3 pending", always visible, plus a storage mark past the
 * storage warning (DESIGN §4: storage pressure is visible). The status is a live region of
 * its own (not inside the button, whose children would be flattened for assistive technology);
 * a tap anywhere on the badge, or the details button for keyboards, opens the sync panel.
 */
export function SyncBadge() {
  const online = useSyncState(isOnline);
  const pending = useSyncState((s) => s.pending);
  const busy = useSyncState((s) => s.pushing || s.pulling);
  const rejections = useSyncState((s) => s.rejections);
  const storagePressure = useStorageStatus()?.pressure === true;
  const hasProblem = useSyncState((s) => s.lastError !== undefined) || rejections > 0 || storagePressure;
  const [open, setOpen] = useState(false);
  const tone = !online ? 'offline' : hasProblem ? 'problem' : pending > 0 ? 'pending' : 'online';
  const show = () => {
    setOpen(true);
  };

  return (
    <>
      <div className={`sync-badge sync-${tone}`} onClick={show} title={rejections > 0 ? `${rejections} rejected — open for details` : storagePressure ? 'Storage is nearly full — open for details' : undefined}>
        <span className={busy ? 'sync-dot sync-dot-busy' : 'sync-dot'} aria-hidden="true" />
        <span role="status" aria-label="Sync status">
          {online ? 'Online' : 'Offline'} · {pending} pending
          {storagePressure ? (
            <svg className="sync-storage-flag" width="15" height="15" viewBox="0 0 24 24" role="img" aria-label="storage nearly full">
              <ellipse cx="12" cy="6" rx="7" ry="3" fill="none" stroke="currentColor" strokeWidth="2" />
              <path d="M5 6v12c0 1.7 3.1 3 7 3s7-1.3 7-3V6M5 12c0 1.7 3.1 3 7 3s7-1.3 7-3" fill="none" stroke="currentColor" strokeWidth="2" />
            </svg>
          ) : null}
        </span>
        <button type="button" className="sync-badge-more" aria-label="Sync details" aria-haspopup="dialog" aria-expanded={open} onClick={show}>
          <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M6 9l6 6 6-6" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
        </button>
      </div>
      {open ? (
        <SyncPanel
          onClose={() => {
            setOpen(false);
          }}
        />
      ) : null}
    </>
  );
}
