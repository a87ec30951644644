import type { LoyaltyProgramme, LoyaltyTier } from './loyalty-programme';

/**
 * Points a sale earns: on what the customer paid for goods — not bottle deposits (they come back
 * when the bottles do) and not the part paid with points (points do not earn points) — at the
 * programme's rate times the customer's tier multiplier, rounded down to whole points, so no one
 * is given a fraction of a point that rounding many small sales would add up.
 */
export interface EarnableSale {
  /** The sale total, deposits included. */
  total: number;
  depositTotal: number;
  /** What loyalty points paid of it. */
  loyaltyPaid: number;
}

export function earnableAmount(sale: EarnableSale): number {
  return Math.max(0, sale.total - sale.depositTotal - sale.loyaltyPaid);
}

export function pointsEarned(amount: number, programme: Pick<LoyaltyProgramme, 'earn'>, tier: Pick<LoyaltyTier, 'multiplierBp'> | null): number {
  if (amount <= 0) return 0;
  const multiplierBp = BigInt(tier?.multiplierBp ?? 10_000);
  const numerator = BigInt(amount) * BigInt(programme.earn.points) * multiplierBp;
  const denominator = BigInt(programme.earn.perMinorUnits) * 10_000n;
  return Number(numerator / denominator);
}
