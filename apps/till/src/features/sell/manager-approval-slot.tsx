import { formatPercent } from '@tillsafe/domain';
import { ManagerApprovalDialog } from '../manager-approval/manager-approval-dialog';
import type { ApprovalRequest } from './price-cart';

export interface ManagerApprovalProps {
  request: ApprovalRequest;
  /** The approving manager's staff id: the cart then prices with their authority (cart-store `setApprover`). */
  onApproved: (approverId: string) => void;
  onCancel: () => void;
}

/**
 * A discount beyond the cashier's limit, approved with a manager's PIN (features/manager-approval/):
 * the sale then records the approver as `approverId`, and the server re-checks that they hold
 * `discount.over_limit`.
 */
export function ManagerApprovalSlot({ request, onApproved, onCancel }: ManagerApprovalProps) {
  const what = request.discounts === 1 ? `A ${formatPercent(request.requestedBp)} discount` : `${request.discounts} discounts (up to ${formatPercent(request.requestedBp)})`;
  return (
    <ManagerApprovalDialog
      capability="discount.over_limit"
      reason={`${what} ${request.discounts === 1 ? 'is' : 'are'} beyond the cashier’s ${formatPercent(request.limitBp)} limit.`}
      requesterId={request.actorId}
      onApproved={onApproved}
      onCancel={onCancel}
    />
  );
}
