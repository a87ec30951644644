import type { Capability } from '@tillsafe/domain';
import type { ReactNode } from 'react';
import { ModalDialog } from '../../lib/modal-dialog';
import { PinForm } from '../sign-in/pin-form';
import { initials, StaffPicker } from '../sign-in/staff-picker';
import { usePinLockouts } from '../sign-in/use-pin-lockouts';
import { useManagerApprovalForm } from './use-manager-approval-form';
import './manager-approval.css';

export interface ManagerApprovalDialogProps {
  /** What the approver's role must hold, e.g. `discount.over_limit` or `refund.no_receipt`. */
  capability: Capability;
  /** What is being approved, in a sentence the manager reads before typing their PIN. */
  reason: ReactNode;
  /** The staff member asking (signed in at the till); they are never offered as approver. */
  requesterId: string;
  /** The approver's staff id, once their PIN checked out: record it on the mutation. */
  onApproved: (approverId: string) => void;
  onCancel: () => void;
}

/**
 * A manager approves at this till with their PIN, offline: the dialog lists the channel's staff
 * whose role holds the capability, checks the chosen one's PIN against the synced hash with the
 * sign-in lockout, and answers with their staff id. The server re-checks the approver's role.
 */
export function ManagerApprovalDialog({ capability, reason, requesterId, onApproved, onCancel }: ManagerApprovalDialogProps) {
  const form = useManagerApprovalForm(capability, requesterId, onApproved);
  const lockoutOf = usePinLockouts();
  const { selected, approvers } = form;
  return (
    <ModalDialog label="Manager approval" onClose={onCancel} className="manager-approval">
      <header className="modal-header">
        <h2>Manager approval</h2>
        <button type="button" className="btn btn-ghost btn-icon" aria-label="Cancel approval" onClick={onCancel}>
          ✕
        </button>
      </header>
      <div className="manager-approval-body">
        <section className="manager-approval-who" aria-labelledby="approver-heading">
          <p className="manager-approval-reason">{reason}</p>
          <h3 id="approver-heading">Who approves?</h3>
          {approvers === undefined ? null : approvers.length === 0 ? (
            <p className="alert" role="alert">
              Nobody on this till’s staff list may approve this. A manager’s details arrive with the next sync.
            </p>
          ) : (
            <StaffPicker staff={approvers} selectedId={selected?.id} onChoose={form.choose} isLocked={(id) => lockoutOf(id).kind === 'locked'} />
          )}
        </section>
        <section className="manager-approval-pin">
          {selected ? (
            <PinForm key={selected.id} entry={form.entry} name={selected.name} lockout={lockoutOf(selected.id)} submitLabel="Approve" onSubmit={form.approve}>
              <div className="pin-who">
                <span className="avatar" aria-hidden="true">
                  {initials(selected.name)}
                </span>
                <span>{selected.name}’s PIN</span>
              </div>
            </PinForm>
          ) : (
            <p className="manager-approval-hint muted">Pick who approves, then they type their PIN.</p>
          )}
        </section>
      </div>
    </ModalDialog>
  );
}
