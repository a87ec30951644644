import { describe, expect, test } from 'vitest';
import { priceCart } from './price-cart';
import type { PricingRules } from './pricing-rules';
import { baseRules, cartOf, id, ids, item, onlyCategories, onlyProducts, priced, ruleBase } from './test-fixtures';

const rules: PricingRules = baseRules({
  quantityBreaks: [
    {
      id: id(0x1b01),
      name: 'Gin by the bottle',
      ...ruleBase,
      scope: onlyProducts(ids.gin),
      tiers: [
        { minUnits: 2, discountBp: 500 },
        { minUnits: 6, discountBp: 1000 },
      ],
    },
  ],
  promotions: [
    { kind: 'mix-match', id: id(0x1d01), name: 'Mix 6 wines', ...ruleBase, scope: onlyCategories(ids.wineCategory), minWeightedUnits: 6, discountBp: 1000, unitWeights: [{ minVolumeMl: 1500, weight: 2 }] },
    { kind: 'buy-x-get-y', id: id(0x1e01), name: 'Lager 3 for 2', ...ruleBase, scope: { ...onlyProducts(ids.lager), excludedPackIds: [ids.lagerCrate] }, buy: 2, get: 1, getDiscountBp: 10_000 },
    { kind: 'happy-hour', id: id(0x1f01), name: 'Friday gin hour', ...ruleBase, scope: onlyProducts(ids.gin), discountBp: 1000, windows: [{ day: 5, start: '17:00', end: '19:00' }] },
  ],
});

describe('pricing a cart', () => {
  test('every rule applied is explained on its line, in the design order, and the lines add up', () => {
    const friday = '2026-11-20T17:45:00+01:00';
    const cart = priced(
      cartOf([item(ids.rioja, ids.riojaBottle, 4), item(ids.magnum, ids.magnumBottle, 1), item(ids.gin, ids.ginBottle, 2), item(ids.lager, ids.lagerBottle, 3)], { at: friday }),
      rules,
    );
    expect(cart.lines.map((l) => l.adjustments.map((a) => a.explanation))).toEqual([
      ['Mix 6 wines −10%'],
      ['Mix 6 wines −10%'],
      ['Gin by the bottle 2+ −5%', 'Friday gin hour −10%'],
      ['Lager 3 for 2 (1 free)'],
    ]);
    // Gin: 57.00 − 5 % (2.85) = 54.15, then − 10 % (5.415 → 5.42, half-even) = 48.73.
    expect(cart.lines[2]!.adjustments.map((a) => a.amount)).toEqual([285, 542]);
    expect(cart.lines[2]!.netAmount).toBe(4873);
    expect(cart.subtotal).toBe(4 * 1299 + 2499 + 2 * 2850 + 3 * 199);
    expect(cart.discountTotal).toBe(520 + 250 + 285 + 542 + 199);
    expect(cart.total).toBe(cart.subtotal - cart.discountTotal + cart.depositTotal);
    expect(cart.depositTotal).toBe(75);
    expect(cart.deposits[0]!.parentLineId).toBe(cart.lines[3]!.lineId);
  });

  test('a wholesale customer with exclusive trade tax pays the list price plus tax', () => {
    const products = baseRules().products.map((p) => ({ ...p, taxCategoryId: ids.trade20 }));
    const trade = baseRules({
      products,
      priceLists: [{ id: id(0x1a01), name: 'Trade', kind: 'wholesale', customerId: null, currency: 'EUR', validFrom: null, validTo: null, entries: [{ productId: ids.rioja, packId: ids.riojaCase, price: 9900 }] }],
    });
    const cart = priced(cartOf([item(ids.rioja, ids.riojaCase, 2)], { customer: { id: ids.customer, type: 'wholesale' } }), trade);
    expect(cart.lines[0]).toMatchObject({ unitPrice: 9900, grossAmount: 19800, netAmount: 19800, tax: 3960, total: 23760, units: 24, packUnits: 12 });
    expect(cart.total).toBe(23760);
    expect(cart.taxSummary).toEqual([{ rateBp: 2000, inclusive: false, net: 19800, tax: 3960, gross: 23760 }]);
  });

  test('an empty cart costs nothing', () => {
    expect(priced(cartOf([]))).toMatchObject({ lines: [], deposits: [], taxSummary: [], subtotal: 0, discountTotal: 0, taxTotal: 0, depositTotal: 0, total: 0 });
  });

  test('pricing leaves its inputs as they were', () => {
    const cart = cartOf([item(ids.rioja, ids.riojaBottle, 6), item(ids.lager, ids.lagerBottle, 3)], { cartDiscount: { kind: 'percent', bp: 500, reason: null } });
    const before = structuredClone({ cart, rules });
    priced(cart, rules);
    expect({ cart, rules }).toEqual(before);
  });

  test('what the rules do not know is refused with a code and a sentence', () => {
    const line = item(ids.rioja, ids.riojaBottle, 1);
    const unknownProduct = priceCart(cartOf([item(id(0x1c01), ids.riojaBottle, 1)]), rules);
    expect(unknownProduct.ok ? null : unknownProduct.error).toMatchObject({ code: 'UNKNOWN_PRODUCT', ref: id(0x1c01), message: `Product ${id(0x1c01)} is not in the catalog.` });
    const unknownPack = priceCart(cartOf([item(ids.rioja, ids.ginBottle, 1)]), rules);
    expect(unknownPack.ok ? null : unknownPack.error).toMatchObject({ code: 'UNKNOWN_PACK', message: `Rioja Crianza has no pack ${ids.ginBottle}.` });
    const noTax = priceCart(cartOf([line]), { ...rules, taxCategories: [] });
    expect(noTax.ok ? null : noTax.error).toMatchObject({ code: 'UNKNOWN_TAX_CATEGORY', lineId: line.lineId, ref: ids.vat20 });
    const twice = priceCart(cartOf([line, line]), rules);
    expect(twice.ok ? null : twice.error).toMatchObject({ code: 'DUPLICATE_LINE', ref: line.lineId });
  });
});
