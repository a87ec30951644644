import type { RefundPlan } from '@tillsafe/domain';
import { ModalDialog } from '../../lib/modal-dialog';
import type { MoneyFormatter } from '../../lib/use-money';
import { refundTenderLabel } from './refund-tender-label';

export interface RefundConfirmDialogProps {
  plan: RefundPlan;
  receiptNo: string;
  money: MoneyFormatter;
  saving: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}

/** A refund cannot be taken back: say what it pays out and what goes back on the shelf, then ask. */
export function RefundConfirmDialog({ plan, receiptNo, money, saving, onCancel, onConfirm }: RefundConfirmDialogProps) {
  const count = (disposition: 'restock' | 'write_off') => plan.lines.filter((l) => l.disposition === disposition).reduce((sum, l) => sum + l.qty, 0);
  const restocked = count('restock');
  const writtenOff = count('write_off');
  return (
    <ModalDialog label="Confirm the refund" onClose={onCancel} className="refund-confirm">
      <header className="modal-header">
        <h2>Refund {money(plan.total)}?</h2>
      </header>
      <div className="refund-confirm-body">
        <p>Of receipt {receiptNo}. A refund cannot be undone.</p>
        <ul className="refund-confirm-list">
          {plan.tenders.map((tender, index) => (
            <li key={`${tender.kind}-${index}`}>
              <span>{tender.kind === 'cash' ? 'Give the customer in cash' : `Back to ${refundTenderLabel(tender)}`}</span>
              <strong>{money(tender.amount)}</strong>
            </li>
          ))}
        </ul>
        <p className="muted">
          {restocked > 0 ? `${restocked} back on the shelf` : ''}
          {restocked > 0 && writtenOff > 0 ? ' · ' : ''}
          {writtenOff > 0 ? `${writtenOff} written off` : ''}
        </p>
      </div>
      <div className="modal-actions">
        <button type="button" className="btn btn-ghost btn-lg" onClick={onCancel} disabled={saving}>
          Cancel
        </button>
        <button type="button" className="btn btn-charge btn-lg" onClick={onConfirm} disabled={saving} data-autofocus>
          {saving ? 'Refunding…' : `Refund ${money(plan.total)}`}
        </button>
      </div>
    </ModalDialog>
  );
}
