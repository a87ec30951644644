import { describe, expect, test } from 'vitest';
import { parseReceiptScan, settle } from '@tillsafe/domain';
import { omit } from '../../lib/omit';
import { receiptOf, type ReceiptContext } from './receipt-model';
import { makeSampleSale, sampleCashier, sampleSaleId } from './testing/sample-sale';

const context: ReceiptContext = {
  store: { name: 'Corner Cellar', addressLines: ['218 Harbour Street', 'Portland, ME 04101'] },
  locale: 'en-US',
  timeZone: 'America/New_York',
  tillName: 'Front till',
  staffNames: new Map([[sampleCashier.id, 'Casey Morgan']]),
  taxLabel: 'Sales tax',
};

/** "$1,234.56" / "−$3.00" back to minor units, to check that what the receipt says adds up. */
const cents = (text: string) => (text.startsWith('−') ? -1 : 1) * Math.round(Number(text.replace(/[^\d.]/g, '')) * 100);

describe('the receipt of a sale stored by sale.complete', () => {
  test('every line with its rules explained and its deposits under it', async () => {
    const receipt = receiptOf(await makeSampleSale(), context);
    expect(receipt.lines.map((l) => [l.qty, l.name, l.amount, ...l.adjustments.map((a) => `${a.label} ${a.amount}`), ...l.deposits.map((d) => `${d.label} ${d.amount}`)])).toEqual([
      ['1 ×', 'Harbour Lager 12 oz', '$39.99', 'Bottle deposit 24 × $0.05 $1.20'],
      ['2 ×', 'Rioja Crianza 750 ml', '$29.98', 'Mix 6 wines −10% −$3.00'],
      ['2 ×', 'Marlborough Sauvignon Blanc 750 ml', '$25.98', 'Mix 6 wines −10% −$2.60'],
      ['1 ×', 'Rioja Reserva Magnum 1.5 L', '$39.99', 'Mix 6 wines −10% −$4.00'],
      ['1 ×', 'Islay Single Malt 12 Year', '$64.99'],
      ['2 ×', 'Sparkling Water 1 L', '$3.98'],
    ]);
    expect(receipt.lines[0]!.detail).toBe('Case of 24 · $39.99 each');
    expect(receipt.lines[4]!.note).toBe('Gift — wrap please');
    expect(receipt.itemCount).toBe(9);
  });

  test('subtotal, savings, tax added and deposits add up to the total the sale stored', async () => {
    const sale = await makeSampleSale();
    const receipt = receiptOf(sale, context);
    expect(receipt.totals).toEqual([
      { label: 'Subtotal', amount: '$204.91' },
      { label: 'Savings', amount: '−$9.60' },
      { label: 'Sales tax 8.25%', amount: '$16.12' },
      { label: 'Deposits', amount: '$1.20' },
    ]);
    expect(receipt.total).toBe('$212.63');
    expect(receipt.totals.reduce((sum, row) => sum + cents(row.amount), 0)).toBe(sale.total);
    expect(receipt.taxSummary).toEqual([{ rate: '8.25%', basis: 'added', net: '$195.31', tax: '$16.12' }]);
  });

  test('each payment of the split tender, the change, the points and the age check, without the date of birth', async () => {
    const sale = await makeSampleSale();
    const receipt = receiptOf(sale, context);
    expect(receipt.payments).toEqual([
      { label: 'Loyalty points', amount: '$5.00', detail: '500 points' },
      { label: 'Card •••• 4242', amount: '$100.00', detail: 'Approval 83KQ1Z · Ref ING-77-000481' },
      { label: 'Cash', amount: '$120.00' },
    ]);
    expect(receipt.afterPayments).toEqual([{ label: 'Change', amount: '$12.37' }]);
    expect(settle(sale.total, sale.payments!)).toMatchObject({ ok: true, value: { change: 1237 } });
    expect(receipt.loyalty).toEqual({ earned: sale.loyaltyEarned, redeemed: 500 });
    expect(receipt.loyalty!.earned).toBeGreaterThan(0);
    expect(receipt.ageCheck).toBe('Age verified: ID scanned by Casey Morgan');
    expect(JSON.stringify(receipt)).not.toContain('1986');
  });

  test('the receipt number, the time in the store’s zone, and a barcode that finds the sale again', async () => {
    const receipt = receiptOf(await makeSampleSale(), context);
    expect(receipt).toMatchObject({ receiptNo: 'CC-03-000142', soldAt: 'Nov 20, 2026, 6:42 PM', till: 'Front till', cashier: 'Casey Morgan', copy: false });
    expect(parseReceiptScan(receipt.barcode)).toEqual({ ok: true, value: { kind: 'sale_id', saleId: sampleSaleId } });
    expect(receiptOf(await makeSampleSale(), { ...context, copy: true }).copy).toBe(true);
  });

  test('a cash rounding is shown after the payments', async () => {
    const sale = await makeSampleSale();
    const rounded = { ...sale, settlement: { ...sale.settlement!, cashRounding: -3 } };
    expect(receiptOf(rounded, context).afterPayments[0]).toEqual({ label: 'Cash rounding', amount: '−$0.03' });
  });

  test('an older (protocol-1) sale still reads: its lines, cash and the tax included', async () => {
    const v1 = omit(await makeSampleSale(), 'priced', 'payments', 'settlement', 'ageCheck', 'customerId');
    const receipt = receiptOf(v1, context);
    expect(receipt.lines[1]).toMatchObject({ name: 'Rioja Crianza 750 ml', amount: '$29.21', adjustments: [] });
    expect(receipt.totals).toEqual([]);
    expect(receipt.payments).toEqual([{ label: 'Cash', amount: '$120.00' }]);
    expect(receipt.afterPayments).toEqual([
      { label: 'Change', amount: '$12.37' },
      { label: 'Sales tax included', amount: '$16.12' },
    ]);
    expect(receipt.ageCheck).toBeUndefined();
  });
});
