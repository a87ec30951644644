import { describe, expect, test } from 'vitest';
import { taxesOf, taxOf, taxSummary, type TaxableItem } from './tax';
import { baseRules, cartOf, ids, item, priced } from './test-fixtures';

const inclusive20 = { rateBp: 2000, inclusive: true };
const exclusive20 = { rateBp: 2000, inclusive: false };

describe('tax per category', () => {
  test('inclusive tax is taken out of the price, exclusive tax is added on top', () => {
    expect(taxOf(1200, inclusive20, 'half-even')).toBe(200);
    expect(taxOf(1000, exclusive20, 'half-even')).toBe(200);
  });

  test('a trade category adds its tax to the line total; a shelf category leaves the total alone', () => {
    const products = baseRules().products.map((p) => (p.id === ids.gin ? { ...p, taxCategoryId: ids.trade20 } : p));
    const cart = priced(cartOf([item(ids.gin, ids.ginBottle, 1), item(ids.rioja, ids.riojaBottle, 1)]), baseRules({ products }));
    expect(cart.lines.map((l) => [l.netAmount, l.tax, l.total])).toEqual([
      [2850, 570, 3420],
      [1299, 216, 1299], // 12.99 × 20/120 = 2.165 → 2.16, half-even
    ]);
    expect(cart.total).toBe(3420 + 1299);
    expect(cart.taxSummary).toEqual([
      { rateBp: 2000, inclusive: false, net: 2850, tax: 570, gross: 3420 },
      { rateBp: 2000, inclusive: true, net: 1083, tax: 216, gross: 1299 },
    ]);
  });

  test('per-invoice rounding rounds once per rate and still splits the tax exactly over the lines', () => {
    // Three lines of 0.07 at 20 % exclusive: per line 0.014 rounds to 0.01 each (0.03 in all); per invoice 0.21 × 20 %
    // = 0.042 rounds to 0.04, split 2 + 1 + 1 (the extra cent to the smallest key, the remainders being equal).
    const items: TaxableItem[] = ['a', 'b', 'c'].map((key) => ({ key, amount: 7, category: exclusive20 }));
    const perLine = taxesOf(items, 'line', 'half-even');
    const perInvoice = taxesOf(items, 'invoice', 'half-even');
    expect([...perLine.values()]).toEqual([1, 1, 1]);
    expect([...perInvoice.values()].reduce((a, b) => a + b, 0)).toBe(4);
    expect([...perInvoice.values()]).toEqual([2, 1, 1]);
  });

  test('the summary has one row per rate and what it was charged on', () => {
    const items: TaxableItem[] = [
      { key: 'a', amount: 1200, category: inclusive20 },
      { key: 'b', amount: 525, category: { rateBp: 500, inclusive: true } },
      { key: 'c', amount: 600, category: inclusive20 },
    ];
    const taxes = taxesOf(items, 'line', 'half-even');
    expect(taxSummary(items, taxes)).toEqual([
      { rateBp: 500, inclusive: true, net: 500, tax: 25, gross: 525 },
      { rateBp: 2000, inclusive: true, net: 1500, tax: 300, gross: 1800 },
    ]);
  });

  test("the store's setting decides whether a cart's tax rounds per line or once per invoice", () => {
    const cart = (taxRounding: 'line' | 'invoice') =>
      priced(cartOf([item(ids.rioja, ids.riojaBottle, 1), item(ids.rioja, ids.riojaBottle, 1)]), baseRules({ settings: { rounding: 'half-even', taxRounding } }));
    // 12.99 at 20 % inclusive holds 2.165: per line 2.16 twice (4.32); per invoice 25.98 holds 4.33.
    expect(cart('line').lines.map((l) => l.tax)).toEqual([216, 216]);
    expect(cart('invoice').lines.map((l) => l.tax)).toEqual([217, 216]);
    expect(cart('invoice').taxTotal).toBe(433);
    expect(cart('invoice').total).toBe(cart('line').total);
  });
});
