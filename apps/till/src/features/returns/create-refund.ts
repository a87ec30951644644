import { uuidv7, type RefundCreateArgs, type StoredRefund } from '@tillsafe/sync';
import type { TillDb } from '../../db/till-db';
import { storeTimestamp } from '../../lib/store-time';
import { commitMutation } from '../../sync-client/commit-mutation';

export type RefundInput = Pick<RefundCreateArgs, 'saleId' | 'lines' | 'to' | 'withReceipt' | 'approverId'>;

/**
 * Stores a refund with `refund.create`: the mutator plans it again from the sale and every refund
 * of it this till holds (more than is left is refused here, before anything is stored), puts the
 * refund and its stock entries, and the outbox entry goes with them in one transaction. The
 * server runs the same mutator against every refund from every till, so two tills refunding the
 * same bottle offline cannot both succeed: the second comes back rejected, for the sync panel.
 */
export async function createRefund(db: TillDb, input: RefundInput, now: () => Date = () => new Date()): Promise<StoredRefund> {
  const at = now();
  const args: RefundCreateArgs = { refundId: uuidv7(at.getTime()), ...input, refundedAt: storeTimestamp(at) };
  const { written } = await commitMutation(db, 'refund.create', args, () => at.getTime());
  const stored = written.selling?.find((w) => w.entity === 'refund' && w.id === args.refundId);
  if (!stored) throw new Error(`Refund ${args.refundId} was not stored.`);
  return stored.stored.data as StoredRefund;
}
