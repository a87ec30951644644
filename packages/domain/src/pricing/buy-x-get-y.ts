import { z } from 'zod';
import type { Adjustment } from './adjustment';
import { compareKeys } from './allocation';
import { basisPointsSchema, formatPercent } from './basis-points';
import { mulDivRounded } from './rounding';
import { ruleApplies, ruleFields } from './rule-fields';
import { inScope } from './rule-scope';
import { windowIsOrdered, windowOrderMessage } from './rule-validity';
import type { StageContext, WorkingLine } from './working-line';

/**
 * Buy X get Y: among the items in scope (an item is one pack sold — a bottle, or a whole case if
 * cases are in scope), every complete group of X + Y gives Y items at `getDiscountBp` off (10 000
 * = free), and the discounted items are the cheapest ones at the price they have reached so far,
 * as shoppers expect. Cheapest is decided exactly (cross-multiplied, no per-item rounding), ties by
 * line id, so line order never matters.
 *
 * A line takes at most one buy-X-get-Y. When several apply, the one saving the customer most is
 * applied first (ties: smallest id) and claims every line in its scope; the rest are re-evaluated
 * on the lines left, until none saves anything. Greedy, not an exhaustive search: simple to
 * explain at the till and identical on till and server.
 */
export const buyXGetYSchema = z
  .object({
    kind: z.literal('buy-x-get-y'),
    ...ruleFields,
    buy: z.int().min(1).max(100),
    get: z.int().min(1).max(100),
    getDiscountBp: basisPointsSchema.min(1),
  })
  .refine(windowIsOrdered, windowOrderMessage);
export type BuyXGetY = z.infer<typeof buyXGetYSchema>;

/** How many of each line's items one promotion discounts, cheapest first. */
export function discountedItems(lines: readonly WorkingLine[], promo: Pick<BuyXGetY, 'buy' | 'get'>): Map<string, number> {
  const itemCount = lines.reduce((sum, line) => sum + line.qty, 0);
  let remaining = Math.floor(itemCount / (promo.buy + promo.get)) * promo.get;
  const cheapestFirst = [...lines].sort((a, b) => {
    const left = BigInt(a.net) * BigInt(b.qty);
    const right = BigInt(b.net) * BigInt(a.qty);
    return left < right ? -1 : left > right ? 1 : compareKeys(a.lineId, b.lineId);
  });
  const counts = new Map<string, number>();
  for (const line of cheapestFirst) {
    const count = Math.min(line.qty, remaining);
    counts.set(line.lineId, count);
    remaining -= count;
  }
  return counts;
}

export function buyXGetYAdjustments(lines: readonly WorkingLine[], promotions: readonly BuyXGetY[], ctx: StageContext): Map<string, Adjustment> {
  const adjustments = new Map<string, Adjustment>();
  let open = promotions.filter((p) => ruleApplies(p, ctx.at, ctx.customerType));
  let unclaimed = [...lines];
  for (;;) {
    let best: { promo: BuyXGetY; inScope: WorkingLine[]; saving: number; adjustments: Map<string, Adjustment> } | null = null;
    for (const promo of open) {
      const covered = unclaimed.filter((line) => inScope(promo.scope, line.product, line.pack.id));
      const counts = discountedItems(covered, promo);
      const promoAdjustments = new Map<string, Adjustment>();
      let saving = 0;
      for (const line of covered) {
        const count = counts.get(line.lineId) ?? 0;
        if (count === 0) continue;
        const amount = mulDivRounded(line.net, count * promo.getDiscountBp, line.qty * 10_000, ctx.rounding);
        const how = promo.getDiscountBp === 10_000 ? 'free' : `at −${formatPercent(promo.getDiscountBp)}`;
        promoAdjustments.set(line.lineId, { kind: 'buy-x-get-y', ruleId: promo.id, explanation: `${promo.name} (${count} ${how})`, amount, approvedBy: null });
        saving += amount;
      }
      if (saving === 0) continue;
      if (best && (saving < best.saving || (saving === best.saving && compareKeys(promo.id, best.promo.id) > 0))) continue;
      best = { promo, inScope: covered, saving, adjustments: promoAdjustments };
    }
    if (!best) return adjustments;
    for (const [lineId, adjustment] of best.adjustments) adjustments.set(lineId, adjustment);
    const claimed = new Set(best.inScope.map((line) => line.lineId));
    unclaimed = unclaimed.filter((line) => !claimed.has(line.lineId));
    const chosen = best.promo;
    open = open.filter((p) => p !== chosen);
  }
}
