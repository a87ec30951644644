import { formatSaleBarcode } from '@tillsafe/domain';
import { afterEach, expect, test } from 'vitest';
import type { TillDb } from '../../db/till-db';
import { cashier } from '../../test-support/fixtures';
import { regular, rioja, sellingDb, trade } from '../../test-support/selling-fixtures';
import { completeSale } from '../payment/complete-sale';
import { findSales, notFoundMessage } from './find-sales';

let db: TillDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

let n = 0;
const sell = (database: TillDb, customerId: string | null, at: string) =>
  completeSale(
    database,
    {
      cart: { lines: [{ lineId: `0190a0e0-0000-7000-8000-0000000041${(++n).toString(16).padStart(2, '0')}`, productId: rioja.id, packId: rioja.packs[0]!.id, qty: 1, notes: '', manualDiscount: null }], cartDiscount: null },
      payments: [{ kind: 'cash', amount: 5000 }],
      ageCheck: { method: 'visual_over_threshold', verifiedBy: cashier.id, at },
      approverId: null,
      customerId,
    },
    () => new Date(at),
  );

test('a sale is found by its receipt barcode scanned, in any case, and by its receipt number typed', async () => {
  db = await sellingDb();
  const sale = await sell(db, null, '2026-11-20T15:00:00.000Z');
  expect(await findSales(db, { kind: 'receipt', text: formatSaleBarcode(sale.id).toLowerCase() })).toMatchObject({ ok: true, query: { saleId: sale.id }, sales: [{ id: sale.id }] });
  expect(await findSales(db, { kind: 'receipt', text: ` ${sale.receiptNo.toLowerCase()} ` })).toMatchObject({ ok: true, query: { receiptNo: sale.receiptNo }, sales: [{ id: sale.id }] });
  expect(await findSales(db, { kind: 'receipt', text: 'CC-03-009999' })).toEqual({ ok: true, query: { receiptNo: 'CC-03-009999' }, sales: [] });
  expect(await findSales(db, { kind: 'receipt', text: 'rioja' })).toEqual({ ok: false, message: '"rioja" is neither a receipt\'s barcode nor a receipt number like CC-03-000142.' });
});

test("without a receipt: a day's sales newest first, a customer's by part of their name, or both", async () => {
  db = await sellingDb();
  const early = await sell(db, regular.id, '2026-11-20T14:00:00.000Z');
  const late = await sell(db, trade.id, '2026-11-20T16:00:00.000Z');
  const otherDay = await sell(db, regular.id, '2026-11-24T15:00:00.000Z');
  const day = (iso: string) => {
    const d = new Date(iso);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  };
  const ids = async (dayText: string, customer: string) => {
    const found = await findSales(db!, { kind: 'details', day: dayText, customer });
    return found.ok ? found.sales.map((s) => s.id) : found.message;
  };
  expect(await ids(day('2026-11-20T15:00:00.000Z'), '')).toEqual([late.id, early.id]);
  expect(await ids('', 'lovelace')).toEqual([otherDay.id, early.id]);
  expect(await ids(day('2026-11-20T15:00:00.000Z'), 'ADA')).toEqual([early.id]);
  expect(await ids('', 'nobody')).toEqual([]);
  expect(await ids('', '')).toBe('Pick a day or type a customer’s name to look for their sales.');
  expect(await ids('2026-02-31', '')).toBe('"2026-02-31" is not a day.');
});

test('a search that finds nothing says where it looked; offline, it says how far back this till keeps sales when it knows', () => {
  const receipt = { kind: 'receipt', text: ' CC-01-000042 ' } as const;
  expect(notFoundMessage(receipt, 'anywhere')).toBe('No sale has the receipt "CC-01-000042", on this till or on the server.');
  expect(notFoundMessage({ kind: 'details', day: '2026-11-20', customer: 'Ana' }, 'till')).toBe('No sale on 2026-11-20 for a customer matching "Ana" on this till.');
  expect(notFoundMessage(receipt, 'offline', 90)).toBe(
    'No sale has the receipt "CC-01-000042" on this till (it keeps its store’s sales of the last 90 days; older ones are on the server), and the till is offline, so the server cannot be asked. Try again once it is back online.',
  );
  expect(notFoundMessage({ kind: 'details', day: '', customer: 'Ana' }, 'offline')).toBe(
    'No sale for a customer matching "Ana" on this till, and the till is offline, so the server cannot be asked. Try again once it is back online.',
  );
});
