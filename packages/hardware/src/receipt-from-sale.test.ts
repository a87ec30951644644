import { describe, expect, test } from 'vitest';
import { HardwareError } from './errors';
import { receiptFromSale } from './receipt-from-sale';
import { cashSale, depositSale, SALE_ID } from './testing/receipt-fixtures';

describe('sale receipt model', () => {
  test('carries the sale id for the return code, the receipt number and the store time', () => {
    const model = receiptFromSale(cashSale);
    expect(model).toMatchObject({ kind: 'sale', documentId: SALE_ID, receiptNo: 'T1-000042', currency: 'EUR' });
    expect(model.details).toContainEqual({ label: 'Date', value: '2025-03-14 18:05', emphasis: false }); // 17:05Z in Paris
    expect(model.store.lines).toEqual(['12 rue des Vignes', '75011 Paris', 'Tel 01 23 45 67 89', 'VAT no FR40123456789']);
  });

  test('lines keep pack, rule explanations and deposits as sub-lines; totals add them up', () => {
    const model = receiptFromSale(depositSale);
    expect(model.lines[0]).toMatchObject({ pack: 'Crate of 24 x 25 cl', deposits: [{ label: 'Bottle deposit', qty: 24, total: 240 }, { label: 'Crate deposit', total: 300 }] });
    expect(model.lines[1]?.adjustments).toEqual([{ label: 'Mix 6 wines −10%', amount: -540 }]);
    expect(model.totals).toEqual([
      { label: 'Subtotal', amount: 7350, emphasis: false },
      { label: 'Deposits', amount: 540, emphasis: false },
      { label: 'TOTAL', amount: 7890, emphasis: true },
    ]);
  });

  test('the tax summary has one row per rate, deposits at their own rate', () => {
    const model = receiptFromSale(depositSale);
    expect(model.taxes).toEqual([
      { label: 'VAT 20%', net: 6125, tax: 1225, gross: 7350 },
      { label: 'VAT 0%', net: 540, tax: 0, gross: 540 },
    ]);
  });

  test('a total that differs from the lines (cash rounding) shows as a rounding row', () => {
    const model = receiptFromSale({ ...cashSale, total: 4250 - 2 });
    expect(model.totals).toContainEqual({ label: 'Rounding', amount: -2, emphasis: false });
  });

  test('change is shown for cash, not for a card-only sale', () => {
    expect(receiptFromSale(cashSale).change).toBe(750);
    expect(receiptFromSale({ ...cashSale, tenders: [{ kind: 'card', amount: 4250 }], change: 0 }).change).toBeNull();
  });

  test('input that cannot be a sale is refused with INVALID_INPUT and the reasons', () => {
    const bad = () => receiptFromSale({ ...cashSale, saleId: 'not-a-uuid', lines: [] });
    expect(bad).toThrow(HardwareError);
    try {
      bad();
    } catch (error) {
      expect(error).toMatchObject({ code: 'INVALID_INPUT' });
      expect((error as HardwareError).message).toMatch(/saleId/);
    }
  });
});
