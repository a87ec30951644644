import { db } from '../../app/services';
import { ModalDialog } from '../../lib/modal-dialog';
import { useLiveQuery } from '../../lib/use-live-query';
import { unsyncedSentence } from './leave-guard';
import { useOutboxExport } from './use-outbox-export';
import './outbox-export.css';

export interface UnsyncedSignOutDialogProps {
  /** The count that made the till ask; the dialog follows the outbox live from there. */
  pending: number;
  onStay: () => void;
  onSignOut: () => void;
}

/**
 * Asked on "Sign out" while the outbox is not empty: export the unsynced changes to a file and sign
 * out, or stay signed in (also Esc). If the outbox empties meanwhile, plain sign-out is offered.
 */
export function UnsyncedSignOutDialog({ pending: initial, onStay, onSignOut }: UnsyncedSignOutDialogProps) {
  const pending = useLiveQuery(() => db.outbox.count(), []) ?? initial;
  const { phase, exportNow } = useOutboxExport();
  const exporting = phase.step === 'exporting';
  const synced = pending === 0;

  const exportAndSignOut = async () => {
    if (await exportNow('sign-out')) onSignOut();
  };

  return (
    <ModalDialog label="Unsynced changes" onClose={exporting ? ignore : onStay} className="outbox-dialog">
      <div className="outbox-dialog-body">
        <span className={synced ? 'outbox-dialog-icon outbox-dialog-icon-ok' : 'outbox-dialog-icon'} aria-hidden="true">
          {synced ? (
            <svg width="28" height="28" viewBox="0 0 24 24" focusable="false">
              <path d="M5 12.5l4.5 4.5L19 7.5" fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
          ) : (
            <svg width="28" height="28" viewBox="0 0 24 24" focusable="false">
              <path d="M7 18a4.5 4.5 0 0 1-.6-8.96A6 6 0 0 1 18 8.5a4 4 0 0 1 .5 7.97" fill="none" stroke="currentColor" strokeWidth="1.9" strokeLinecap="round" />
              <path d="M12 12v5m0 3v.01" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
            </svg>
          )}
        </span>
        <h2>{synced ? 'Everything is on the server' : 'Not synced yet'}</h2>
        {synced ? (
          <p className="outbox-dialog-lead">The last changes reached the server while you were deciding. You can sign out.</p>
        ) : (
          <>
            <p className="outbox-dialog-lead" role="status">
              {unsyncedSentence(pending)}
            </p>
            <p className="muted">
              They are kept on this till and sync by themselves once the connection is back. Save a copy to a file before signing out: if this till is lost or
              reset first, the file is the only record of them.
            </p>
          </>
        )}
        {phase.step === 'failed' ? (
          <p className="alert" role="alert">
            {phase.message}
          </p>
        ) : null}
      </div>
      <div className="modal-actions outbox-dialog-actions">
        <button type="button" className="btn btn-ghost btn-lg" onClick={onStay} disabled={exporting} data-autofocus>
          Stay signed in
        </button>
        {synced ? (
          <button type="button" className="btn btn-primary btn-lg" onClick={onSignOut}>
            Sign out
          </button>
        ) : (
          <button type="button" className="btn btn-primary btn-lg" onClick={() => void exportAndSignOut()} disabled={exporting}>
            {exporting ? <span className="spinner" aria-hidden="true" /> : <DownloadIcon />}
            {exporting ? 'Exporting…' : 'Export and sign out'}
          </button>
        )}
      </div>
    </ModalDialog>
  );
}

const ignore = () => undefined;

export function DownloadIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M12 4v11m0 0l-4.5-4.5M12 15l4.5-4.5M5 19h14" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
