import { z } from 'zod';
import { roundingModeSchema, roundToMultiple } from './rounding';

/**
 * Cash rounding is a tender rule, not a price: where the smallest coin is 5 cents, the cash a
 * customer hands over for a 10.02 sale is 10.00. The sale total, its lines and its tax never
 * change; the difference is recorded with the cash tender as its rounding.
 *
 * The amount due rounds to the nearest multiple of `increment`. Only an even increment has exact
 * halves, and only there do the modes differ: `half-up` sends a half away from zero (with 10:
 * 15 → 20, 25 → 30), `half-even` to the even multiple (15 → 20, 25 → 20). With the usual 5 there
 * are no halves (2 → 0, 3 → 5). Negative amounts (cash refunds) round symmetrically.
 */
export const cashRoundingRuleSchema = z.object({
  /** The smallest cash step in minor units, e.g. 5 for 0.05; 1 means no rounding. */
  increment: z.int().min(1).max(100_000),
  mode: roundingModeSchema,
});
export type CashRoundingRule = z.infer<typeof cashRoundingRuleSchema>;

export interface CashDue {
  /** The sale total, unchanged. */
  total: number;
  /** What to take in cash. */
  due: number;
  /** due − total: recorded with the tender, never on the sale. */
  rounding: number;
}

export function cashDue(total: number, rule: CashRoundingRule): CashDue {
  const due = roundToMultiple(total, rule.increment, rule.mode);
  return { total, due, rounding: due - total };
}
