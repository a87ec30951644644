import { db } from '../../app/services';
import { useLiveQuery } from '../../lib/use-live-query';
import { useCart } from '../sell/cart-store';

/**
 * In the cart, while it holds a parked sale this till resumed: should the server refuse that
 * resume (another till took the sale first, both offline), the cashier sees it here, where they
 * are about to charge, and not only in the sync panel. The sale rung up here would be a second
 * one for the same order.
 */
export function ResumeRefusedNotice() {
  const resumedFrom = useCart((s) => s.resumedFrom);
  const draftId = resumedFrom?.draftId;
  const refusal = useLiveQuery(
    async () => (draftId === undefined ? undefined : (await db.rejections.toArray()).find((r) => r.mutation.name === 'draft.resume' && (r.mutation.args as { draftId?: unknown }).draftId === draftId)),
    [draftId],
  );
  if (!resumedFrom || !refusal) return null;
  const name = resumedFrom.label ? `“${resumedFrom.label}”` : 'This parked sale';
  return (
    <p className="alert parked-refused" role="alert">
      {name} was already taken on another till ({refusal.code}). Check with them before charging: a sale here would be a second one for the same order.
    </p>
  );
}
