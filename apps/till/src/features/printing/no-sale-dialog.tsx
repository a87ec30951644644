import type { SubmitEvent } from 'react';
import type { StaffRow } from '../../db/rows';
import { ModalDialog } from '../../lib/modal-dialog';
import { useManagerApproval } from '../manager-approval/use-manager-approval';
import { useNoSale } from './use-no-sale';

/**
 * "No sale": open the drawer without a sale, with an optional reason, recorded under the actor.
 * Someone who may not do it alone (a cashier) asks a manager to approve with their PIN first;
 * the no-sale then records the approver too.
 */
export function NoSaleDialog({ actor, onClose }: { actor: StaffRow; onClose: () => void }) {
  const noSale = useNoSale(actor);
  const approval = useManagerApproval();
  const { phase } = noSale;
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void (async () => {
      if (!noSale.needsApproval) {
        await noSale.open();
        return;
      }
      const approverId = await approval.request({
        capability: 'drawer.open.nosale',
        reason: `${actor.name} asks to open the cash drawer without a sale${noSale.note.trim() ? `: ${noSale.note.trim()}` : '.'}`,
        requesterId: actor.id,
      });
      if (approverId !== null) await noSale.open(approverId);
    })();
  };

  return (
    <ModalDialog label="No sale" onClose={onClose} className="no-sale">
      <form onSubmit={submit} className="no-sale-form">
        <header className="modal-header">
          <h2>Open the cash drawer</h2>
          <button type="button" className="btn btn-ghost btn-icon" aria-label="Close" onClick={onClose}>
            ✕
          </button>
        </header>
        <div className="no-sale-body">
          <p className="muted">
            A no-sale opens the drawer without a sale, for change or a float top-up. It is recorded under <strong>{actor.name}</strong> and shows on the shift
            report.{noSale.needsApproval ? ' A manager approves it with their PIN.' : ''}
          </p>
          {phase.step === 'asking' ? (
            <label className="field">
              <span className="field-label">Reason (optional)</span>
              <input
                className="input"
                maxLength={200}
                value={noSale.note}
                placeholder="e.g. Change for a $50 note"
                onChange={(e) => {
                  noSale.setNote(e.target.value);
                }}
                data-autofocus
              />
            </label>
          ) : null}
          {phase.step === 'refused' ? (
            <p className="alert" role="alert">
              {phase.message}
            </p>
          ) : null}
          {phase.step === 'opened' ? (
            <div className="no-sale-result">
              <p className="no-sale-sent" role="status">
                Drawer opening sent to {phase.printer}.
              </p>
              {phase.approver ? <p className="muted">Approved by {phase.approver.name}.</p> : null}
              {phase.audit === 'pending' ? <p className="muted">Recording the no-sale…</p> : null}
              {phase.audit !== 'pending' && phase.audit.status === 'recorded' ? <p className="no-sale-recorded">Recorded as a no-sale; it syncs to the back office.</p> : null}
              {phase.audit !== 'pending' && phase.audit.status === 'not-recorded' ? (
                <p className="alert" role="alert">
                  This no-sale was not recorded: {phase.audit.message} ({phase.audit.code}). Tell a manager; the drawer opening is still listed in the print queue.
                </p>
              ) : null}
            </div>
          ) : null}
        </div>
        <div className="modal-actions">
          {phase.step === 'asking' ? (
            <>
              <button type="button" className="btn btn-ghost btn-lg" onClick={onClose}>
                Cancel
              </button>
              <button type="submit" className="btn btn-primary btn-lg">
                {noSale.needsApproval ? 'Ask a manager' : 'Open drawer'}
              </button>
            </>
          ) : (
            <button type="button" className="btn btn-primary btn-lg" onClick={onClose} autoFocus>
              Done
            </button>
          )}
        </div>
      </form>
      {approval.dialog}
    </ModalDialog>
  );
}
