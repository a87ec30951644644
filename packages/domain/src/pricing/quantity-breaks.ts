import { z } from 'zod';
import { betterForCustomer, type Adjustment } from './adjustment';
import { basisPointsSchema, formatPercent, type BasisPoints } from './basis-points';
import { percentOf } from './rounding';
import { ruleApplies, ruleFields } from './rule-fields';
import { inScope } from './rule-scope';
import { windowIsOrdered, windowOrderMessage } from './rule-validity';
import type { StageContext, WorkingLine } from './working-line';

/**
 * Tiered quantity breaks, e.g. 2–5 bottles 5 %, 6–11 10 %, 12+ 15 %: tiers are given by their
 * lowest quantity only, so the top tier is open-ended and no quantity ever falls back to the list
 * price past a tier. The tier reached applies to the whole quantity (6 bottles → 10 % on all six).
 *
 * Units are stock units (a case of 12 counts 12) summed over every line of the same product in
 * the schedule's scope, so splitting a product across lines or reordering lines changes nothing.
 *
 * Why a higher tier never costs more than staying below it: the schema refuses a schedule whose
 * discount falls as the quantity rises, so the rate reached at any quantity is at least the rate
 * of every lower tier; the line's cost at that quantity is list × (1 − rate), rounded by one
 * monotone rounding, hence never more than at a lower tier's rate nor than the list price.
 * The property test in quantity-breaks.test.ts checks exactly that.
 */
export const quantityBreakTierSchema = z.object({
  minUnits: z.int().min(1).max(100_000),
  discountBp: basisPointsSchema,
});
export type QuantityBreakTier = z.infer<typeof quantityBreakTierSchema>;

export const quantityBreakScheduleSchema = z
  .object({ ...ruleFields, tiers: z.array(quantityBreakTierSchema).min(1).max(20) })
  .refine(windowIsOrdered, windowOrderMessage)
  .refine((s) => s.tiers.every((tier, i) => i === 0 || tier.minUnits > s.tiers[i - 1]!.minUnits), {
    message: 'tiers are listed from the smallest quantity up, each starting at a larger quantity',
    path: ['tiers'],
  })
  .refine((s) => s.tiers.every((tier, i) => i === 0 || tier.discountBp >= s.tiers[i - 1]!.discountBp), {
    message: 'a higher tier never gives a smaller discount than a lower one',
    path: ['tiers'],
  });
export type QuantityBreakSchedule = z.infer<typeof quantityBreakScheduleSchema>;

/** The tier a quantity reaches: the one with the largest minimum not above it; null below the first. */
export function tierReached(tiers: readonly QuantityBreakTier[], units: number): QuantityBreakTier | null {
  let reached: QuantityBreakTier | null = null;
  for (const tier of tiers) if (tier.minUnits <= units) reached = tier;
  return reached;
}

export function breakDiscountBp(tiers: readonly QuantityBreakTier[], units: number): BasisPoints {
  return tierReached(tiers, units)?.discountBp ?? 0;
}

/** Per line, the best quantity break for the customer among the schedules that cover it. */
export function quantityBreakAdjustments(lines: readonly WorkingLine[], schedules: readonly QuantityBreakSchedule[], ctx: StageContext): Map<string, Adjustment> {
  const live = schedules.filter((s) => ruleApplies(s, ctx.at, ctx.customerType));
  const adjustments = new Map<string, Adjustment>();
  for (const line of lines) {
    let best: Adjustment | undefined;
    for (const schedule of live) {
      if (!inScope(schedule.scope, line.product, line.pack.id)) continue;
      const units = lines
        .filter((other) => other.product.id === line.product.id && inScope(schedule.scope, other.product, other.pack.id))
        .reduce((sum, other) => sum + other.units, 0);
      const tier = tierReached(schedule.tiers, units);
      if (!tier || tier.discountBp === 0) continue;
      const amount = percentOf(line.net, tier.discountBp, ctx.rounding);
      const explanation = `${schedule.name} ${tier.minUnits}+ −${formatPercent(tier.discountBp)}`;
      best = betterForCustomer(best, { kind: 'quantity-break', ruleId: schedule.id, explanation, amount, approvedBy: null });
    }
    if (best) adjustments.set(line.lineId, best);
  }
  return adjustments;
}
