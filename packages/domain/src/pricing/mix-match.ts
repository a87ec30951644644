import { z } from 'zod';
import { betterForCustomer, type Adjustment } from './adjustment';
import { basisPointsSchema, formatPercent } from './basis-points';
import type { PricingPack, PricingProduct } from './pricing-product';
import { percentOf } from './rounding';
import { ruleApplies, ruleFields } from './rule-fields';
import { inScope } from './rule-scope';
import { windowIsOrdered, windowOrderMessage } from './rule-validity';
import type { StageContext, WorkingLine } from './working-line';

/**
 * Mixed-case promotions, the liquor-store classic "mix any 6 wines, 10 % off": once the lines in
 * scope add up to at least `minWeightedUnits` weighted units, every line in scope gets the
 * discount — the seventh bottle too, so adding a bottle never loses the deal. Units are stock
 * units weighted by volume (a 1.5 L bottle counts as 2 with `{ minVolumeMl: 1500, weight: 2 }`);
 * exclusions come from the scope. A line counts towards every mix it is in but takes only the
 * one that saves the customer most (ties: smallest promotion id).
 */
export const unitWeightSchema = z.object({
  minVolumeMl: z.int().min(1).max(100_000),
  weight: z.int().min(1).max(100),
});
export type UnitWeight = z.infer<typeof unitWeightSchema>;

export const mixMatchSchema = z
  .object({
    kind: z.literal('mix-match'),
    ...ruleFields,
    minWeightedUnits: z.int().min(2).max(10_000),
    discountBp: basisPointsSchema.min(1),
    unitWeights: z.array(unitWeightSchema).max(10),
  })
  .refine(windowIsOrdered, windowOrderMessage);
export type MixMatch = z.infer<typeof mixMatchSchema>;

/** What one stock unit of a product counts for: the heaviest weight its volume reaches, else 1. */
export function unitWeight(product: Pick<PricingProduct, 'volumeMl'>, weights: readonly UnitWeight[]): number {
  const volume = product.volumeMl ?? 0;
  return weights.reduce((best, w) => (volume >= w.minVolumeMl && w.weight > best ? w.weight : best), 1);
}

export function weightedUnits(product: Pick<PricingProduct, 'volumeMl'>, pack: Pick<PricingPack, 'units'>, qty: number, weights: readonly UnitWeight[]): number {
  return qty * pack.units * unitWeight(product, weights);
}

export function mixMatchAdjustments(lines: readonly WorkingLine[], promotions: readonly MixMatch[], ctx: StageContext): Map<string, Adjustment> {
  const reached = promotions
    .filter((p) => ruleApplies(p, ctx.at, ctx.customerType))
    .filter((p) => {
      const total = lines
        .filter((line) => inScope(p.scope, line.product, line.pack.id))
        .reduce((sum, line) => sum + weightedUnits(line.product, line.pack, line.qty, p.unitWeights), 0);
      return total >= p.minWeightedUnits;
    });
  const adjustments = new Map<string, Adjustment>();
  for (const line of lines) {
    let best: Adjustment | undefined;
    for (const promo of reached) {
      if (!inScope(promo.scope, line.product, line.pack.id)) continue;
      const amount = percentOf(line.net, promo.discountBp, ctx.rounding);
      best = betterForCustomer(best, { kind: 'mix-match', ruleId: promo.id, explanation: `${promo.name} −${formatPercent(promo.discountBp)}`, amount, approvedBy: null });
    }
    if (best) adjustments.set(line.lineId, best);
  }
  return adjustments;
}
