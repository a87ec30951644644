import { uuidv7, type SaleLookupResponse } from '@tillsafe/sync';
import { afterEach, expect, test } from 'vitest';
import type { SaleRow } from '../../db/rows';
import type { TillDb } from '../../db/till-db';
import { omit } from '../../lib/omit';
import { ApiError, NetworkError, type SaleLookupApi } from '../../sync-client/api-client';
import { cashier } from '../../test-support/fixtures';
import { rioja, sellingDb } from '../../test-support/selling-fixtures';
import { completeSale } from '../payment/complete-sale';
import { createRefund } from './create-refund';
import { findSales } from './find-sales';
import { paramsOf, remoteSaleLookup } from './remote-sales';

let db: TillDb | undefined;
let source: TillDb | undefined;
afterEach(async () => {
  await Promise.all([db?.delete(), source?.delete()]);
  db = source = undefined;
});

const lineId = '0190a0e0-0000-7000-8000-000000006101';

/** A sale of three bottles made on another till (here: another database), with one refunded there. */
async function soldElsewhere(): Promise<SaleLookupResponse> {
  source = await sellingDb();
  const sale = await completeSale(source, {
    cart: { lines: [{ lineId, productId: rioja.id, packId: rioja.packs[0]!.id, qty: 3, notes: '', manualDiscount: null }], cartDiscount: null },
    payments: [{ kind: 'cash', amount: 5000 }],
    ageCheck: { method: 'visual_over_threshold', verifiedBy: cashier.id, at: '2026-11-20T18:00:00-05:00' },
    approverId: null,
    customerId: null,
  });
  const refund = await createRefund(source, { saleId: sale.id, lines: [{ lineId, qty: 1, disposition: 'restock' }], to: 'original', withReceipt: true });
  return { sales: [{ sale: omit(sale, 'version'), refunds: [refund] }] };
}

const api = (answer: () => Promise<SaleLookupResponse>, asked: Record<string, string>[] = []): SaleLookupApi => ({
  lookUpSales: (_token, query) => {
    asked.push(query);
    return answer();
  },
});

test('a sale only the server holds is kept on the till with its refunds, so the next refund is planned from all of them', async () => {
  const found = await soldElsewhere();
  const sale = found.sales[0]!.sale;
  db = await sellingDb();
  const asked: Record<string, string>[] = [];
  const lookup = remoteSaleLookup(db, api(() => Promise.resolve(found), asked), () => true);
  const local = await findSales(db, { kind: 'receipt', text: sale.receiptNo });
  expect(local).toMatchObject({ ok: true, sales: [] });
  if (!local.ok) return;
  const fetched = await lookup(local.query);
  expect(asked).toEqual([{ receiptNo: sale.receiptNo }]);
  expect(fetched?.map((s: SaleRow) => s.id)).toEqual([sale.id]);
  expect(await db.sales.get(sale.id)).toMatchObject({ id: sale.id, receiptNo: sale.receiptNo });
  expect(await db.refunds.where('saleId').equals(sale.id).count()).toBe(1);
  // Two bottles are left: a third is refused on the till already.
  await createRefund(db, { saleId: sale.id, lines: [{ lineId, qty: 2, disposition: 'restock' }], to: 'cash', withReceipt: true });
  await expect(createRefund(db, { saleId: sale.id, lines: [{ lineId, qty: 1, disposition: 'restock' }], to: 'cash', withReceipt: true })).rejects.toMatchObject({ code: 'REFUND_EXCEEDS_SOLD' });
});

test('offline or unreachable, the server is not asked: the answer says so; a sale it does not know is none', async () => {
  db = await sellingDb();
  const query = { saleId: uuidv7() };
  expect(await remoteSaleLookup(db, api(() => Promise.reject(new Error('not asked'))), () => false)(query)).toBeUndefined();
  expect(await remoteSaleLookup(db, api(() => Promise.reject(new NetworkError())), () => true)(query)).toBeUndefined();
  expect(await remoteSaleLookup(db, api(() => Promise.reject(new ApiError(404, 'SALE_NOT_FOUND', 'No sale.'))), () => true)(query)).toEqual([]);
});

test('the server is asked the question the till asked itself', () => {
  const customerIds = [uuidv7(), uuidv7()];
  expect(paramsOf({ saleId: customerIds[0]! })).toEqual({ id: customerIds[0] });
  expect(paramsOf({ from: '2026-11-20T05:00:00.000Z', to: '2026-11-21T05:00:00.000Z', customerIds: undefined, customer: '' })).toEqual({ from: '2026-11-20T05:00:00.000Z', to: '2026-11-21T05:00:00.000Z' });
  expect(paramsOf({ from: '', to: '', customerIds, customer: 'ada' })).toEqual({ customerIds: customerIds.join(',') });
  expect(paramsOf({ from: '', to: '', customerIds: [], customer: 'nobody' })).toBeUndefined();
});
