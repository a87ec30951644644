import { useState } from 'react';
import { isOnline } from '../../sync-client/sync-store';
import { SyncPanel } from './sync-panel';
import { useSyncState } from './use-sync-state';

/** "Online · 0 pending" / "Offline · 3 pending": always visible; opens the sync panel. */
export function SyncBadge() {
  const online = useSyncState(isOnline);
  const pending = useSyncState((s) => s.pending);
  const busy = useSyncState((s) => s.pushing || s.pulling);
  const hasProblem = useSyncState((s) => s.lastError !== undefined || s.rejections > 0);
  const [open, setOpen] = useState(false);
  const tone = !online ? 'offline' : hasProblem ? 'problem' : pending > 0 ? 'pending' : 'online';

  return (
    <>
      <button
        type="button"
        className={`sync-badge sync-${tone}`}
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => {
          setOpen(true);
        }}
      >
        <span className={busy ? 'sync-dot sync-dot-busy' : 'sync-dot'} aria-hidden="true" />
        <span role="status" aria-label="Sync status" aria-live="polite">
          {online ? 'Online' : 'Offline'} · {pending} pending
        </span>
      </button>
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
