import { MutationRejected, uuidv7, type DraftParkArgs, type DraftRecord } from '@tillsafe/sync';
import type { DraftRow } from '../../db/rows';
import type { TillDb } from '../../db/till-db';
import { omit } from '../../lib/omit';
import { commitMutation, type CommitResult } from '../../sync-client/commit-mutation';
import type { CartState } from '../sell/cart-store';

/**
 * Parking, resuming and discarding a sale: the shared draft mutators (protocol 3), each committed
 * with its outbox entry in one transaction, so they work offline; the caller asks the sync engine
 * to push. The till's Parked list is every draft of its channel it holds as still parked.
 */

/** The cart as a parked sale keeps it. */
export type ParkableCart = Pick<CartState, 'lines' | 'cartDiscount' | 'customerId'>;

/** Parks the cart under an optional label; returns the new draft's id. */
export async function parkCart(db: TillDb, cart: ParkableCart, label: string, now: () => number = Date.now): Promise<CommitResult & { draftId: string }> {
  const args: DraftParkArgs = {
    draftId: uuidv7(),
    label: label.trim(),
    lines: cart.lines.map(({ lineId, productId, packId, qty, notes, manualDiscount }) => ({ lineId, productId, packId, qty, notes, manualDiscount })),
    cartDiscount: cart.cartDiscount,
    customerId: cart.customerId,
    parkedAt: new Date(now()).toISOString(),
  };
  return { ...(await commitMutation(db, 'draft.park', args, now)), draftId: args.draftId };
}

/** A draft as the till holds it, without its sync metadata. */
function recordOf(row: DraftRow): DraftRecord {
  return omit(row as DraftRow & { fields?: unknown }, 'version', 'fields');
}

/**
 * Takes a parked sale for this till and returns it, for its lines to go into the cart. Should
 * another till have taken it first (both offline), the server refuses this resume and the cashier
 * sees why in the sync panel; the sale rung up here still counts.
 */
export async function resumeDraft(db: TillDb, draftId: string): Promise<DraftRecord> {
  // The mutator refuses a draft the till does not hold (UNKNOWN_DRAFT) or no longer holds as parked.
  await commitMutation(db, 'draft.resume', { draftId });
  const row = await db.drafts.get(draftId);
  if (!row) throw new MutationRejected('UNKNOWN_DRAFT', 'That parked sale is no longer on this till.');
  return recordOf(row);
}

export function discardDraft(db: TillDb, draftId: string): Promise<CommitResult> {
  return commitMutation(db, 'draft.discard', { draftId });
}

/** The parked sales of the till's channel, from any of its tills, the latest first. */
export async function loadParked(db: TillDb, channelId: string): Promise<DraftRecord[]> {
  const rows = await db.drafts.where('status').equals('parked').toArray();
  return rows
    .filter((row) => row.channelId === channelId)
    .map(recordOf)
    .sort((a, b) => (a.parkedAt < b.parkedAt ? 1 : a.parkedAt > b.parkedAt ? -1 : a.id < b.id ? 1 : -1));
}
