import { describe, expect, test } from 'vitest';
import { priceCart } from './price-cart';
import { baseRules, cartOf, everything, id, ids, item, priced, ruleBase } from './test-fixtures';

describe('bottle deposits', () => {
  test('each bottle sold adds its deposit as a sub-line linked to its line', () => {
    const lager = item(ids.lager, ids.lagerBottle, 6);
    const cart = priced(cartOf([lager, item(ids.gin, ids.ginBottle, 1)]));
    expect(cart.deposits).toEqual([
      {
        parentLineId: lager.lineId,
        depositItemId: ids.bottleDeposit,
        name: 'Bottle deposit',
        qty: 6,
        unitAmount: 25,
        amount: 150,
        taxCategoryId: null,
        taxRateBp: 0,
        taxInclusive: true,
        tax: 0,
        total: 150,
      },
    ]);
    expect(cart.depositTotal).toBe(150);
    expect(cart.total).toBe(6 * 199 + 2850 + 150);
  });

  test('a crate carries a deposit per bottle and one for the crate, taxed by its own category', () => {
    const crate = item(ids.lager, ids.lagerCrate, 2);
    const cart = priced(cartOf([crate]));
    expect(cart.deposits.map((d) => [d.name, d.qty, d.amount, d.tax])).toEqual([
      ['Bottle deposit', 48, 1200, 0],
      ['Crate deposit', 2, 300, 50],
    ]);
    expect(cart.total).toBe(8400 + 1200 + 300);
    expect(cart.taxTotal).toBe(cart.lines[0]!.tax + 50);
  });

  test('promotions and discounts never touch the deposit', () => {
    const everythingHalfOff = { kind: 'happy-hour' as const, id: id(0xa01), name: 'Half off', ...ruleBase, scope: everything, discountBp: 5000, windows: [{ day: 3, start: '00:00', end: '23:59' }] };
    const cart = priced(cartOf([item(ids.lager, ids.lagerBottle, 4)]), baseRules({ promotions: [everythingHalfOff] }));
    expect(cart.lines[0]!.total).toBe(398);
    expect(cart.deposits[0]!.total).toBe(100);
  });

  test('a product whose deposit item is not defined is refused with a code', () => {
    const outcome = priceCart(cartOf([item(ids.lager, ids.lagerBottle, 1)]), baseRules({ depositItems: [] }));
    expect(outcome.ok ? null : outcome.error).toMatchObject({ code: 'UNKNOWN_DEPOSIT_ITEM', ref: ids.bottleDeposit });
  });
});
