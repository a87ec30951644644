import { z } from 'zod';
import type { LoyaltyRedeemEntry } from './loyalty-ledger';

/**
 * On sync, the server applies a till's redemption against the customer's true balance. The sale
 * that took the points happened, so it stands: the redemption entry is recorded as it is, and
 * when the balance did not cover it the ledger goes negative by exactly the shortfall and an
 * over-redemption flag is raised for the manager — never silently dropped or trimmed. The flag
 * takes the redemption's id, so re-running the same push raises the same flag, not another.
 */
export const overRedemptionFlagSchema = z.object({
  /** The redemption entry's id: one flag per redemption. */
  id: z.uuid(),
  kind: z.literal('over_redemption'),
  customerId: z.uuid(),
  saleId: z.uuid().nullable(),
  /** Points the till redeemed. */
  redeemed: z.int().min(1),
  /** The customer's balance on the server before it. */
  balanceBefore: z.int(),
  /** Points redeemed that the balance did not cover. */
  shortfall: z.int().min(1),
  at: z.iso.datetime({ offset: true }),
});
export type OverRedemptionFlag = z.infer<typeof overRedemptionFlagSchema>;

export type RedemptionReconciliation =
  | { status: 'applied'; entry: LoyaltyRedeemEntry; balanceAfter: number }
  | { status: 'over_redeemed'; entry: LoyaltyRedeemEntry; balanceAfter: number; shortfall: number; flag: OverRedemptionFlag };

export function reconcileRedemption(serverBalance: number, redemption: LoyaltyRedeemEntry): RedemptionReconciliation {
  const redeemed = -redemption.points;
  const balanceAfter = serverBalance + redemption.points;
  // Only what the balance could cover counts as covered; an already-negative balance covers nothing.
  const shortfall = redeemed - Math.min(redeemed, Math.max(0, serverBalance));
  if (shortfall === 0) return { status: 'applied', entry: redemption, balanceAfter };
  return {
    status: 'over_redeemed',
    entry: redemption,
    balanceAfter,
    shortfall,
    flag: {
      id: redemption.id,
      kind: 'over_redemption',
      customerId: redemption.customerId,
      saleId: redemption.saleId ?? null,
      redeemed,
      balanceBefore: serverBalance,
      shortfall,
      at: redemption.at,
    },
  };
}
