import type { SubmitEvent } from 'react';
import { ModalDialog } from '../../lib/modal-dialog';
import { useSavedExports } from '../outbox-export/saved-exports';
import { DownloadIcon } from '../outbox-export/unsynced-sign-out-dialog';
import { useOutboxExport } from '../outbox-export/use-outbox-export';
import { useResetTill } from './use-reset-till';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Wipes this till and returns it to pairing (manager only). Blocked while anything is unsynced,
 * unless an export saved in this session holds it all; confirmed by typing the till's name.
 */
export function ResetTillDialog({ tillName, onClose }: { tillName: string; onClose: () => void }) {
  const reset = useResetTill(tillName);
  const { phase: exportPhase, exportNow } = useOutboxExport();
  const lastFile = useSavedExports((s) => s.lastFileName);
  const { check, phase } = reset;
  const busy = phase.step === 'resetting';

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    reset.reset();
  };

  return (
    <ModalDialog label="Reset this till" onClose={busy ? ignore : onClose} className="reset-dialog">
      <form onSubmit={submit}>
        <header className="modal-header">
          <h2>Reset this till</h2>
          <button type="button" className="btn btn-ghost btn-icon" aria-label="Close" onClick={onClose} disabled={busy}>
            ✕
          </button>
        </header>
        <div className="reset-body">
          <p className="muted">
            Deletes everything this till keeps — its pairing, the catalog, sales history, the outbox, rejected changes and printers — and returns it to pairing. It
            needs a new pairing code from the back office afterwards.
          </p>
          {check === undefined ? (
            <p className="guard guard-wait">Checking for unsynced changes…</p>
          ) : check.kind === 'clear' ? (
            <p className="guard guard-ok">Everything on this till has reached the server.</p>
          ) : check.kind === 'exported' ? (
            <p className="guard guard-ok">Every unsynced change is in the file you exported{lastFile ? `: ${lastFile}` : ''}.</p>
          ) : (
            <div className="guard guard-blocked" role="alert">
              <p>
                <strong>Reset is blocked.</strong> {plural(check.pending, 'change has', 'changes have')} not reached the server
                {check.rejected > 0 ? ` and ${plural(check.rejected, 'rejected change is', 'rejected changes are')} kept here` : ''}. Export them to a file first
                {check.notInFile < check.pending + check.rejected ? ` (${plural(check.notInFile, 'is', 'are')} not in your last export)` : ''}.
              </p>
              <button type="button" className="btn btn-primary" onClick={() => void exportNow('reset')} disabled={exportPhase.step === 'exporting'}>
                <DownloadIcon />
                Export to file
              </button>
            </div>
          )}
          {exportPhase.step === 'failed' ? (
            <p className="alert" role="alert">
              {exportPhase.message}
            </p>
          ) : null}
          <label className="field">
            <span className="field-label">
              Type the till name <strong className="confirm-word">{tillName}</strong> to confirm
            </span>
            <input
              className="input"
              autoComplete="off"
              spellCheck={false}
              value={reset.typed}
              onChange={(e) => {
                reset.setTyped(e.target.value);
              }}
              disabled={!reset.allowed || busy}
            />
          </label>
          {phase.step === 'failed' ? (
            <p className="alert" role="alert">
              {phase.message}
            </p>
          ) : null}
        </div>
        <div className="modal-actions">
          <button type="button" className="btn btn-ghost btn-lg" onClick={onClose} disabled={busy} data-autofocus>
            Cancel
          </button>
          <button type="submit" className="btn btn-destroy btn-lg" disabled={!reset.allowed || !reset.confirmed || busy}>
            {busy ? 'Resetting…' : 'Reset this till'}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

const ignore = () => undefined;
