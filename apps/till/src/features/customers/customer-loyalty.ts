import { balanceOf, lifetimePointsOf, tierOf, type LoyaltyEntry, type LoyaltyProgramme, type LoyaltyTier, type Payment } from '@tillsafe/domain';
import type { Mutation } from '@tillsafe/sync';
import { loyaltyOffer } from '../checkout/loyalty-offer';
import type { LoyaltyOffer } from '../checkout/payment-state';

/** A customer's points as this till knows them: what it last pulled, less its own unsynced redemptions. */
export interface CustomerLoyalty {
  /** The balance of the ledger entries the till last pulled. */
  syncedBalance: number;
  /** Points this till redeemed for the customer in sales not yet pushed. */
  pendingRedeemed: number;
  /** syncedBalance − pendingRedeemed: what the customer has, as far as this till can tell. */
  balance: number;
  tier: LoyaltyTier | null;
  /** What the payment screen may let the customer spend now (capped by the offline limit). */
  offer: LoyaltyOffer;
}

/** Points (positive) of each points payment in this till's unsynced sales for the customer. */
export function pendingRedemptions(outbox: readonly Pick<Mutation, 'name' | 'args'>[], customerId: string): number[] {
  const points: number[] = [];
  for (const mutation of outbox) {
    if (mutation.name !== 'sale.complete') continue;
    const args = mutation.args as { customerId?: unknown; payments?: unknown };
    if (args.customerId !== customerId || !Array.isArray(args.payments)) continue;
    for (const payment of args.payments as Payment[]) if (payment.kind === 'loyalty') points.push(payment.points);
  }
  return points;
}

/**
 * The customer's loyalty at this till, for the cart (balance, tier) and the payment screen (the
 * spendable points, by the domain's `canRedeemOffline`). Null without a loyalty programme.
 */
export function customerLoyalty(
  customer: { id: string; name: string },
  entries: readonly LoyaltyEntry[],
  outbox: readonly Pick<Mutation, 'name' | 'args'>[],
  programme: LoyaltyProgramme | null,
): CustomerLoyalty | null {
  if (!programme) return null;
  const pending = pendingRedemptions(outbox, customer.id);
  const syncedBalance = balanceOf(entries);
  const pendingRedeemed = pending.reduce((sum, p) => sum + p, 0);
  return {
    syncedBalance,
    pendingRedeemed,
    balance: syncedBalance - pendingRedeemed,
    tier: tierOf(lifetimePointsOf(entries), programme),
    offer: loyaltyOffer(customer.name, syncedBalance, pending, programme),
  };
}
