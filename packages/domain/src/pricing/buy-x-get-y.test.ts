import { describe, expect, test } from 'vitest';
import type { BuyXGetY } from './buy-x-get-y';
import { baseRules, cartOf, everything, id, ids, item, onlyProducts, priced, ruleBase } from './test-fixtures';

const threeForTwo: BuyXGetY = {
  kind: 'buy-x-get-y',
  id: id(0xe01),
  name: 'Buy 2 get 1 free',
  ...ruleBase,
  scope: { ...onlyProducts(ids.rioja, ids.magnum, ids.gin), excludedPackIds: [ids.riojaCase] },
  buy: 2,
  get: 1,
  getDiscountBp: 10_000,
};
const rules = baseRules({ promotions: [threeForTwo] });

describe('buy X get Y', () => {
  test('of three items the cheapest is free', () => {
    const cart = priced(cartOf([item(ids.gin, ids.ginBottle, 1), item(ids.rioja, ids.riojaBottle, 1), item(ids.magnum, ids.magnumBottle, 1)]), rules);
    expect(cart.lines.map((l) => l.discountTotal)).toEqual([0, 1299, 0]);
    expect(cart.lines[1]!.adjustments[0]!.explanation).toBe('Buy 2 get 1 free (1 free)');
  });

  test('only complete groups count: five items give one free, six give two', () => {
    expect(priced(cartOf([item(ids.rioja, ids.riojaBottle, 5)]), rules).discountTotal).toBe(1299);
    expect(priced(cartOf([item(ids.rioja, ids.riojaBottle, 6)]), rules).discountTotal).toBe(2598);
  });

  test('a "second at half price" discounts rather than gives away', () => {
    const half = { ...threeForTwo, name: 'Second gin half price', buy: 1, getDiscountBp: 5000 };
    const line = priced(cartOf([item(ids.gin, ids.ginBottle, 2)]), baseRules({ promotions: [half] })).lines[0]!;
    expect(line.adjustments[0]).toMatchObject({ explanation: 'Second gin half price (1 at −50%)', amount: 1425 });
  });

  test('which line gets the free item does not depend on the order lines were scanned', () => {
    const a = item(ids.rioja, ids.riojaBottle, 1, { lineId: id(0xe11) });
    const b = item(ids.rioja, ids.riojaBottle, 1, { lineId: id(0xe12) });
    const c = item(ids.rioja, ids.riojaBottle, 1, { lineId: id(0xe13) });
    const forward = priced(cartOf([a, b, c]), rules);
    const backward = priced(cartOf([c, b, a]), rules);
    const freeLine = (cart: typeof forward) => cart.lines.find((l) => l.discountTotal > 0)!.lineId;
    expect(freeLine(forward)).toBe(a.lineId);
    expect(freeLine(backward)).toBe(a.lineId);
  });

  test('a line takes one buy-X-get-Y: the promotion saving most claims its lines first', () => {
    const everythingThreeForTwo = { ...threeForTwo, id: id(0xe02), name: 'Any 3 for 2', scope: everything };
    const ginTwoForOne = { ...threeForTwo, id: id(0xe03), name: 'Gin 2 for 1', scope: onlyProducts(ids.gin), buy: 1 };
    const cart = priced(
      cartOf([item(ids.gin, ids.ginBottle, 2), item(ids.lager, ids.lagerBottle, 3)]),
      baseRules({ promotions: [everythingThreeForTwo, ginTwoForOne] }),
    );
    // Gin 2 for 1 saves 28.50; any 3 for 2 over all five items would save one lager, 1.99. The gin
    // goes to the 2-for-1, and the three lagers left make their own 3-for-2.
    expect(cart.lines.map((l) => l.adjustments.map((a) => a.explanation))).toEqual([['Gin 2 for 1 (1 free)'], ['Any 3 for 2 (1 free)']]);
    expect(cart.discountTotal).toBe(2850 + 199);
  });

  test('it works on what the item costs after a mixed-case discount', () => {
    const mix = { kind: 'mix-match' as const, id: id(0xe04), name: 'Mix 6', ...ruleBase, scope: everything, minWeightedUnits: 6, discountBp: 1000, unitWeights: [] };
    const line = priced(cartOf([item(ids.rioja, ids.riojaBottle, 6)]), baseRules({ promotions: [threeForTwo, mix] })).lines[0]!;
    expect(line.adjustments.map((a) => [a.kind, a.amount])).toEqual([
      ['mix-match', 779],
      ['buy-x-get-y', 2338], // two of six items free at (77.94 − 7.79) / 6 each: 70.15 × 2 / 6 = 23.3833…
    ]);
  });
});
