import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { breakDiscountBp, quantityBreakScheduleSchema, type QuantityBreakSchedule, type QuantityBreakTier } from './quantity-breaks';
import { baseRules, cartOf, everything, id, ids, item, onlyProducts, priced, ruleBase } from './test-fixtures';

const seeded = { seed: 42_2026, numRuns: 250 };

// 2–5 bottles 5 %, 6–11 10 %, 12+ 15 %.
const wineBreaks: QuantityBreakSchedule = {
  id: id(0xb01),
  name: 'Wine by the bottle',
  ...ruleBase,
  scope: { ...onlyProducts(ids.rioja), excludedPackIds: [ids.riojaCase] },
  tiers: [
    { minUnits: 2, discountBp: 500 },
    { minUnits: 6, discountBp: 1000 },
    { minUnits: 12, discountBp: 1500 },
  ],
};
const rules = baseRules({ quantityBreaks: [wineBreaks] });
const bottles = (qty: number, schedule = wineBreaks) => priced(cartOf([item(ids.rioja, ids.riojaBottle, qty)]), baseRules({ quantityBreaks: [schedule] })).lines[0]!;

describe('quantity breaks', () => {
  test('the tier reached applies to every unit on the line, and is explained', () => {
    expect(bottles(1).netAmount).toBe(1299);
    expect(bottles(3).netAmount).toBe(3897 - 195); // 5 % of 38.97 = 1.9485 → 1.95
    const six = bottles(6);
    expect(six.netAmount).toBe(7794 - 779);
    expect(six.adjustments).toEqual([{ kind: 'quantity-break', ruleId: wineBreaks.id, explanation: 'Wine by the bottle 6+ −10%', amount: 779, approvedBy: null }]);
  });

  test('past the top tier the line keeps the top discount instead of falling back to list price', () => {
    expect(bottles(12).discountTotal).toBe(2338); // 15 % of 155.88
    expect(bottles(240).discountTotal).toBe(46764); // still 15 % of 3117.60
  });

  test('a product split over several lines reaches its tier together', () => {
    const cart = priced(cartOf([item(ids.rioja, ids.riojaBottle, 3), item(ids.rioja, ids.riojaBottle, 3)]), rules);
    expect(cart.lines.map((l) => l.adjustments[0]?.explanation)).toEqual(['Wine by the bottle 6+ −10%', 'Wine by the bottle 6+ −10%']);
  });

  test('an excluded case keeps its case price and does not count towards the bottle tiers', () => {
    const cart = priced(cartOf([item(ids.rioja, ids.riojaCase, 1), item(ids.rioja, ids.riojaBottle, 1)]), rules);
    expect(cart.lines.map((l) => l.discountTotal)).toEqual([0, 0]);
  });

  test('a case counts its 12 stock units where the schedule covers cases', () => {
    const line = priced(cartOf([item(ids.rioja, ids.riojaCase, 1)]), baseRules({ quantityBreaks: [{ ...wineBreaks, scope: everything }] })).lines[0]!;
    expect(line.units).toBe(12);
    expect(line.adjustments[0]?.explanation).toBe('Wine by the bottle 12+ −15%');
  });

  test('of two schedules the customer gets the better one, not both', () => {
    const better = { ...wineBreaks, id: id(0xb02), name: 'Trade breaks', tiers: [{ minUnits: 2, discountBp: 800 }] };
    const line = priced(cartOf([item(ids.rioja, ids.riojaBottle, 3)]), baseRules({ quantityBreaks: [wineBreaks, better] })).lines[0]!;
    expect(line.adjustments.map((a) => a.explanation)).toEqual(['Trade breaks 2+ −8%']);
  });

  test('a schedule for wholesale customers leaves retail customers at list price', () => {
    const trade = { ...wineBreaks, customerTypes: ['wholesale' as const] };
    expect(bottles(6, trade).discountTotal).toBe(0);
    const wholesaleLine = priced(cartOf([item(ids.rioja, ids.riojaBottle, 6)], { customer: { id: null, type: 'wholesale' } }), baseRules({ quantityBreaks: [trade] })).lines[0]!;
    expect(wholesaleLine.discountTotal).toBe(779);
  });

  test('a schedule whose higher tier gives less, or whose tiers are out of order, is refused', () => {
    const falling = { ...wineBreaks, tiers: [{ minUnits: 2, discountBp: 1000 }, { minUnits: 6, discountBp: 500 }] };
    const unordered = { ...wineBreaks, tiers: [{ minUnits: 6, discountBp: 500 }, { minUnits: 2, discountBp: 1000 }] };
    expect(quantityBreakScheduleSchema.safeParse(falling).error?.issues[0]?.message).toBe('a higher tier never gives a smaller discount than a lower one');
    expect(quantityBreakScheduleSchema.safeParse(unordered).success).toBe(false);
    expect(quantityBreakScheduleSchema.safeParse(wineBreaks).success).toBe(true);
  });
});

/** Any schedule the schema accepts: rising minimums, non-falling discounts. */
const tiersArb: fc.Arbitrary<QuantityBreakTier[]> = fc
  .tuple(fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 5 }), fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 5, maxLength: 5 }))
  .map(([mins, discounts]) => {
    const sortedMins = [...mins].sort((a, b) => a - b);
    const sortedDiscounts = discounts.slice(0, sortedMins.length).sort((a, b) => a - b);
    return sortedMins.map((minUnits, i) => ({ minUnits, discountBp: sortedDiscounts[i]! }));
  });

describe('crossing into a higher tier never makes a line cost more than staying below it', () => {
  test('the discount rate never falls as the quantity rises, so no quantity falls back to list price', () => {
    fc.assert(
      fc.property(tiersArb, fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 200 }), (tiers, a, b) => {
        expect(quantityBreakScheduleSchema.safeParse({ ...wineBreaks, tiers }).success).toBe(true);
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(breakDiscountBp(tiers, high)).toBeGreaterThanOrEqual(breakDiscountBp(tiers, low));
      }),
      seeded,
    );
  });

  test('at any quantity the line costs no more at the tier reached than at any lower tier, nor than at list price', () => {
    fc.assert(
      fc.property(tiersArb, fc.integer({ min: 1, max: 200 }), fc.integer({ min: 0, max: 100_000 }), fc.constantFrom('half-even' as const, 'half-up' as const), (tiers, qty, price, rounding) => {
        const product = baseRules().products.find((p) => p.id === ids.gin)!;
        const withPrice = { ...product, packs: [{ ...product.packs[0]!, price }] };
        const cost = (schedule: QuantityBreakTier[]) =>
          priced(
            cartOf([item(ids.gin, ids.ginBottle, qty, { lineId: id(0xc01) })]),
            baseRules({
              settings: { rounding, taxRounding: 'line' },
              products: [withPrice],
              quantityBreaks: [{ ...wineBreaks, scope: everything, tiers: schedule }],
            }),
          ).lines[0]!.netAmount;
        const reached = cost(tiers);
        expect(reached).toBeLessThanOrEqual(price * qty);
        for (let below = 1; below < tiers.length; below++) {
          // Staying below: the same quantity priced as if only the lower tiers existed.
          expect(reached).toBeLessThanOrEqual(cost(tiers.slice(0, below)));
        }
      }),
      seeded,
    );
  });
});
