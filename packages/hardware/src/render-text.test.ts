import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { receiptFromSale, type SaleReceiptInput } from './receipt-from-sale';
import { layoutReceipt, layoutToText } from './render-text';
import { cashSale } from './testing/receipt-fixtures';

const name = fc.stringMatching(/^[A-Za-zÀ-ÿ0-9'’ −-]{1,70}$/).filter((s) => s.trim().length > 0);
const line = fc.record({
  name,
  packName: fc.option(name, { nil: undefined }),
  qty: fc.integer({ min: 1, max: 999 }),
  unitPrice: fc.integer({ min: 0, max: 9_999_999 }),
  lineTotal: fc.integer({ min: -9_999_999, max: 99_999_999 }),
  taxRateBp: fc.constantFrom(0, 550, 1000, 2000, 2100),
  tax: fc.integer({ min: 0, max: 999_999 }),
  adjustments: fc.array(fc.record({ label: name, amount: fc.integer({ min: -999_999, max: 0 }) }), { maxLength: 2 }),
  deposits: fc.array(fc.record({ label: name, qty: fc.integer({ min: 1, max: 48 }), unitAmount: fc.integer({ min: 0, max: 500 }), total: fc.integer({ min: 0, max: 24_000 }) }), { maxLength: 2 }),
});
const sale = fc.record({
  lines: fc.array(line, { minLength: 1, maxLength: 6 }),
  total: fc.integer({ min: 0, max: 999_999_999 }),
  locale: fc.constantFrom('en-US', 'en-IE', 'fr-FR', 'de-DE', 'de-CH', 'sv-SE'),
  currency: fc.constantFrom('EUR', 'USD', 'CHF', 'SEK', 'JPY'),
});

describe('receipt layout', () => {
  test('no row is ever wider than the paper, whatever the names, amounts, locale and currency', () => {
    fc.assert(
      fc.property(sale, fc.constantFrom<'58mm' | '80mm'>('58mm', '80mm'), (s, paper) => {
        const input: SaleReceiptInput = { ...cashSale, ...s, tenders: [{ kind: 'card', amount: Math.max(s.total, 0) }], change: 0 };
        const layout = layoutReceipt(receiptFromSale(input), { paper });
        for (const row of layout.rows) if (row.type === 'text') expect(Array.from(row.text).length).toBeLessThanOrEqual(layout.columns);
        expect(layoutToText(layout)).toMatch(/^TOTAL +\S+/m);
      }),
      { numRuns: 100 },
    );
  });

  test('a long product name wraps clear of the amount column, the amount on its last line', () => {
    const layout = layoutReceipt(
      receiptFromSale({ ...cashSale, lines: [{ name: 'Grüner Veltliner Smaragd Ried Achleiten Domäne Wachau', qty: 1, unitPrice: 3900, lineTotal: 3900, taxRateBp: 2000, tax: 650 }], total: 3900 }),
      { paper: '58mm' },
    );
    const text = layoutToText(layout).split('\n');
    const start = text.findIndex((l) => l.startsWith('Grüner'));
    expect(text.slice(start, start + 3)).toEqual(['Grüner Veltliner Smaragd', 'Ried Achleiten Domäne', 'Wachau                     39.00']);
  });

  test('on narrow paper a tax table that does not fit becomes two lines per rate', () => {
    const layout = layoutReceipt(receiptFromSale({ ...cashSale, taxLabel: 'Mehrwertsteuer reduziert' }), { paper: '58mm' });
    const text = layoutToText(layout);
    expect(text).toContain('Mehrwertsteuer reduziert\n20%                        42.50\n  incl. tax                 7.09');
  });

  test('the sale code can be switched off, and a copy is marked', () => {
    const model = receiptFromSale(cashSale);
    expect(layoutReceipt(model, { paper: '80mm', saleCode: 'none' }).rows.some((r) => r.type === 'code128' || r.type === 'qr')).toBe(false);
    expect(layoutReceipt(model, { paper: '80mm', saleCode: 'qr' }).rows.some((r) => r.type === 'qr')).toBe(true);
    expect(layoutToText(layoutReceipt(model, { paper: '80mm', copy: true }))).toContain('*** COPY ***');
  });
});
