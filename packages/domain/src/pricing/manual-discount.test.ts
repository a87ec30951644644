import { describe, expect, test } from 'vitest';
import { priceCart } from './price-cart';
import { baseRules, cartOf, ids, item, priced } from './test-fixtures';

const approval = { approverId: ids.manager, maxDiscountBp: 10_000 };

describe('manual discounts', () => {
  test('a line discount within the cashier limit is applied and explained with its reason', () => {
    const line = priced(cartOf([item(ids.gin, ids.ginBottle, 1, { manualDiscount: { kind: 'percent', bp: 1000, reason: 'damaged label' } })])).lines[0]!;
    expect(line.adjustments).toEqual([{ kind: 'manual-line', ruleId: null, explanation: 'Manual discount −10% (damaged label)', amount: 285, approvedBy: null }]);
    expect(line.total).toBe(2565);
  });

  test('beyond the limit without a manager it is an error value carrying the limit, not a price', () => {
    const outcome = priceCart(cartOf([item(ids.gin, ids.ginBottle, 1, { manualDiscount: { kind: 'percent', bp: 1500, reason: null } })]), baseRules());
    expect(outcome).toEqual({
      ok: false,
      error: {
        code: 'DISCOUNT_OVER_LIMIT',
        message: 'A 15% discount is beyond your limit of 10%; a manager must approve it.',
        lineId: expect.any(String),
        limitBp: 1000,
        requestedBp: 1500,
        approverId: null,
        approverLimitBp: null,
      },
    });
  });

  test('an amount off is measured against what it comes off, rounded up', () => {
    // 2.86 off 28.50 is 10.035 %: over a 10 % limit.
    const over = priceCart(cartOf([item(ids.gin, ids.ginBottle, 1, { manualDiscount: { kind: 'amount', amount: 286, reason: null } })]), baseRules());
    expect(over.ok ? null : over.error).toMatchObject({ code: 'DISCOUNT_OVER_LIMIT', requestedBp: 1004 });
    const within = priced(cartOf([item(ids.gin, ids.ginBottle, 1, { manualDiscount: { kind: 'amount', amount: 285, reason: null } })]));
    expect(within.lines[0]!.adjustments[0]!.explanation).toBe('Manual discount');
    expect(within.total).toBe(2565);
  });

  test('a manager override lets it through and records who approved', () => {
    const cart = priced(cartOf([item(ids.gin, ids.ginBottle, 1, { manualDiscount: { kind: 'percent', bp: 5000, reason: null } })], { approval }));
    expect(cart.lines[0]!.adjustments[0]).toMatchObject({ amount: 1425, approvedBy: ids.manager, explanation: 'Manual discount −50%, manager approved' });
  });

  test("a manager's own limit binds too", () => {
    const outcome = priceCart(
      cartOf([item(ids.gin, ids.ginBottle, 1, { manualDiscount: { kind: 'percent', bp: 5000, reason: null } })], { approval: { approverId: ids.manager, maxDiscountBp: 3000 } }),
      baseRules(),
    );
    expect(outcome.ok ? null : outcome.error).toMatchObject({ code: 'DISCOUNT_OVER_LIMIT', limitBp: 1000, approverId: ids.manager, approverLimitBp: 3000 });
  });

  test('a discount larger than the line is refused, so a line never goes negative', () => {
    const outcome = priceCart(cartOf([item(ids.gin, ids.ginBottle, 1, { manualDiscount: { kind: 'amount', amount: 2851, reason: null } })], { approval }), baseRules());
    expect(outcome.ok ? null : outcome.error.code).toBe('DISCOUNT_EXCEEDS_AMOUNT');
  });

  test('a cart discount is spread over the lines by largest remainder, so the lines add up to the total', () => {
    const lines = [item(ids.rioja, ids.riojaBottle, 1), item(ids.magnum, ids.magnumBottle, 1), item(ids.gin, ids.ginBottle, 1)];
    const cart = priced(cartOf(lines, { cartDiscount: { kind: 'amount', amount: 500, reason: 'loyal customer' } }));
    const shares = cart.lines.map((l) => l.adjustments[0]!.amount);
    // 5.00 over 12.99 / 24.99 / 28.50 (of 66.48): exact shares 0.9770, 1.8795, 2.1435; the floors make 4.98 and the two
    // missing cents go to the largest remainders (the magnum's .95, then the rioja's .70).
    expect(shares).toEqual([98, 188, 214]);
    expect(cart.lines[0]!.adjustments[0]!.explanation).toBe('Cart discount (loyal customer)');
    expect(cart.total).toBe(6648 - 500);
    expect(cart.lines.reduce((sum, l) => sum + l.total, 0)).toBe(cart.total);
  });

  test('a cart discount is checked against the cart after line discounts', () => {
    const lines = [item(ids.gin, ids.ginBottle, 2, { manualDiscount: { kind: 'percent', bp: 1000, reason: null } })];
    const cart = priced(cartOf(lines, { cartDiscount: { kind: 'percent', bp: 1000, reason: null } }));
    expect(cart.lines[0]!.adjustments.map((a) => [a.kind, a.amount])).toEqual([
      ['manual-line', 570],
      ['manual-cart', 513],
    ]);
    const over = priceCart(cartOf(lines, { cartDiscount: { kind: 'percent', bp: 1001, reason: null } }), baseRules());
    expect(over.ok ? null : over.error).toMatchObject({ code: 'DISCOUNT_OVER_LIMIT', lineId: null });
  });
});
