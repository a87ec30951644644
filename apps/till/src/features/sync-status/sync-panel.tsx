import { db, syncEngine } from '../../app/services';
import { ModalDialog } from '../../lib/modal-dialog';
import { useLiveQuery } from '../../lib/use-live-query';
import { isOnline } from '../../sync-client/sync-store';
import { RejectionItem } from './rejection-item';
import { useSyncState } from './use-sync-state';

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

export function SyncPanel({ onClose }: { onClose: () => void }) {
  const state = useSyncState((s) => s);
  const rejections = useLiveQuery(() => db.rejections.orderBy('seq').reverse().toArray(), []);
  const busy = state.pushing || state.pulling;

  return (
    <ModalDialog label="Sync details" onClose={onClose} className="sync-panel" dismissOnBackdrop>
      <header className="modal-header">
        <h2>Sync</h2>
        <button type="button" className="btn btn-ghost btn-icon" aria-label="Close" onClick={onClose}>
          ✕
        </button>
      </header>
      <dl className="sync-facts">
        <div>
          <dt>Connection</dt>
          <dd>{isOnline(state) ? 'Online' : 'Offline'}</dd>
        </div>
        <div>
          <dt>Pending changes</dt>
          <dd>{state.pending}</dd>
        </div>
        <div>
          <dt>Last successful sync</dt>
          <dd>{state.lastSyncAt ? timeFormat.format(new Date(state.lastSyncAt)) : 'Not yet'}</dd>
        </div>
        <div>
          <dt>Last error</dt>
          <dd className={state.lastError ? 'text-danger' : undefined}>{state.lastError ?? 'None'}</dd>
        </div>
      </dl>
      <h3 className="sync-subhead">Rejected changes ({rejections?.length ?? 0})</h3>
      {rejections && rejections.length > 0 ? (
        <ul className="rejection-list">
          {rejections.map((rejection) => (
            <RejectionItem key={rejection.id} rejection={rejection} />
          ))}
        </ul>
      ) : (
        <p className="muted">Nothing was rejected. A rejected change is kept here with its reason, never dropped.</p>
      )}
      <footer className="modal-footer">
        <button
          type="button"
          className="btn btn-primary"
          disabled={busy}
          onClick={() => {
            void syncEngine.pushNow().then(() => syncEngine.pullNow());
          }}
        >
          {busy ? 'Syncing…' : 'Sync now'}
        </button>
      </footer>
    </ModalDialog>
  );
}
