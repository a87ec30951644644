import {
  balanceOf,
  checkLoyaltyPayment,
  earnableAmount,
  lifetimePointsOf,
  pointsEarned,
  reconcileRedemption,
  tierOf,
  type LoyaltyProgramme,
  type Payment,
  type PricedCart,
} from '@tillsafe/domain';
import { derivedUuid } from './ids';
import { MutationRejected } from './mutator';
import type { SyncTx } from './overlay-tx';
import type { LoyaltyEntryRecord } from './selling-records';

/**
 * The loyalty ledger entries a sale makes: one `redeem` per points payment and one `earn` for
 * what the sale paid for goods. Their ids are derived from the sale, so the till's optimistic
 * entries and the server's are the same records, and a sale replayed writes nothing twice.
 *
 * A redemption the customer's balance (on this replica, now) does not cover still stands: the
 * ledger goes negative by the shortfall and the sale carries an OVER_REDEMPTION flag for the
 * manager — the points were spent at a till that could not see the other tills.
 */
export const redeemEntryId = (saleId: string, paymentIndex: number) => derivedUuid(`loyalty:redeem:${saleId}:${paymentIndex}`);
export const earnEntryId = (saleId: string) => derivedUuid(`loyalty:earn:${saleId}`);

export interface SaleLoyaltyInput {
  saleId: string;
  customerId: string | null;
  payments: readonly Payment[];
  cart: PricedCart;
  at: string;
  programme: LoyaltyProgramme | null;
}

export interface SaleLoyalty {
  entries: LoyaltyEntryRecord[];
  earned: number;
  redeemed: number;
  flags: string[];
}

export async function saleLoyalty(tx: SyncTx, input: SaleLoyaltyInput): Promise<SaleLoyalty> {
  const { saleId, customerId, programme, at } = input;
  const points = input.payments.flatMap((p, index) => (p.kind === 'loyalty' ? [{ payment: p, index }] : []));
  if (points.length > 0 && customerId === null) throw new MutationRejected('LOYALTY_NEEDS_CUSTOMER', 'Points can only pay for a sale to a known customer.');
  if (customerId === null || programme === null) {
    if (points.length > 0) throw new MutationRejected('NO_LOYALTY_PROGRAMME', 'This organisation has no loyalty programme, so points cannot pay.');
    return { entries: [], earned: 0, redeemed: 0, flags: [] };
  }
  const history = await tx.loyaltyEntriesOf(customerId);
  let balance = balanceOf(history);
  const entries: LoyaltyEntryRecord[] = [];
  const flags: string[] = [];
  for (const { payment, index } of points) {
    const check = checkLoyaltyPayment(payment, programme);
    if (!check.ok) throw new MutationRejected('POINTS_VALUE_MISMATCH', check.error.message, check.error);
    const entry = { id: redeemEntryId(saleId, index), customerId, saleId, at, kind: 'redeem' as const, points: -payment.points };
    const reconciled = reconcileRedemption(balance, entry);
    if (reconciled.status === 'over_redeemed') {
      flags.push(`OVER_REDEMPTION: customer ${customerId} redeemed ${payment.points} points with ${reconciled.flag.balanceBefore}; shortfall ${reconciled.shortfall}`);
    }
    balance = reconciled.balanceAfter;
    entries.push(entry);
  }
  const loyaltyPaid = points.reduce((sum, { payment }) => sum + payment.value, 0);
  const tier = tierOf(lifetimePointsOf(history), programme);
  const earned = pointsEarned(earnableAmount({ total: input.cart.total, depositTotal: input.cart.depositTotal, loyaltyPaid }), programme, tier);
  if (earned > 0) entries.push({ id: earnEntryId(saleId), customerId, saleId, at, kind: 'earn', points: earned });
  return { entries, earned, redeemed: points.reduce((sum, { payment }) => sum + payment.points, 0), flags };
}
