import { formatPercent } from '@tillsafe/domain';
import { ModalDialog } from '../../lib/modal-dialog';
import type { ApprovalRequest } from './price-cart';

export interface ManagerApprovalProps {
  request: ApprovalRequest;
  /** The approving manager's staff id: the cart then prices with their authority (cart-store `setApprover`). */
  onApproved: (approverId: string) => void;
  onCancel: () => void;
}

/**
 * Where the manager-PIN dialog plugs in (features/manager-approval/): it gets the request and
 * answers with the approving staff member's id, whom the sale then records as `approverId`
 * (the server re-checks that they hold `discount.over_limit`). Until that dialog lands this says
 * plainly that a manager must approve; the cashier can change or remove the discount meanwhile.
 */
export function ManagerApprovalSlot({ request, onCancel }: ManagerApprovalProps) {
  const what = request.discounts === 1 ? `A ${formatPercent(request.requestedBp)} discount` : `${request.discounts} discounts (up to ${formatPercent(request.requestedBp)})`;
  return (
    <ModalDialog label="Manager approval" onClose={onCancel} className="line-editor">
      <header className="modal-header">
        <h2>A manager must approve</h2>
      </header>
      <div className="approval-body">
        <p>
          {what} {request.discounts === 1 ? 'is' : 'are'} beyond your {formatPercent(request.limitBp)} limit. Ask a manager to approve it on this till, or change the discount.
        </p>
      </div>
      <div className="modal-actions">
        <button type="button" className="btn btn-primary btn-lg" onClick={onCancel} data-autofocus>
          OK
        </button>
      </div>
    </ModalDialog>
  );
}
