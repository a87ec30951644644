import type { LoyaltyPayment } from '../tenders/payment';
import type { LoyaltyProgramme } from './loyalty-programme';

/**
 * Points as a tender: the customer chooses how much of the bill points pay, and that costs the
 * fewest whole points worth at least as much (rounded up, so a point is never worth more than
 * the programme says). The server checks a loyalty payment against the same rule.
 */
export function pointsForValue(value: number, programme: Pick<LoyaltyProgramme, 'pointValue'>): number {
  const { points, value: per } = programme.pointValue;
  const numerator = BigInt(value) * BigInt(points);
  const denominator = BigInt(per);
  return Number((numerator + denominator - 1n) / denominator);
}

/** What a number of points pays, rounded down. */
export function valueOfPoints(points: number, programme: Pick<LoyaltyProgramme, 'pointValue'>): number {
  return Number((BigInt(points) * BigInt(programme.pointValue.value)) / BigInt(programme.pointValue.points));
}

export function loyaltyPaymentFor(value: number, programme: Pick<LoyaltyProgramme, 'pointValue'>): LoyaltyPayment {
  return { kind: 'loyalty', points: pointsForValue(value, programme), value };
}

export type LoyaltyPaymentCheck = { ok: true } | { ok: false; error: { code: 'POINTS_VALUE_MISMATCH'; message: string; expectedPoints: number } };

/** Whether a loyalty payment takes the points its value costs under the programme. */
export function checkLoyaltyPayment(payment: LoyaltyPayment, programme: Pick<LoyaltyProgramme, 'pointValue'>): LoyaltyPaymentCheck {
  const expectedPoints = pointsForValue(payment.value, programme);
  if (payment.points === expectedPoints) return { ok: true };
  return {
    ok: false,
    error: { code: 'POINTS_VALUE_MISMATCH', message: `Paying ${payment.value} with points takes ${expectedPoints} points, not ${payment.points}.`, expectedPoints },
  };
}
