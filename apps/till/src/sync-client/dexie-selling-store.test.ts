import { afterEach, expect, test } from 'vitest';
import { uuidv7, type SaleCompleteV2Args, type SaleRecord } from '@tillsafe/sync';
import type { TillDb } from '../db/till-db';
import { cashier, channel, enrolment } from '../test-support/fixtures';
import { adasList, magnum, mixSixWines, regular, rioja, salesTax, sellingDb, tradesList, wholesaleList } from '../test-support/selling-fixtures';
import { commitMutation } from './commit-mutation';
import { dexieRecordStore } from './dexie-record-store';

let db: TillDb | undefined;
afterEach(async () => {
  await db?.delete();
});

test("a customer's rules hold the retail and wholesale lists and only that customer's own list", async () => {
  db = await sellingDb();
  const selling = dexieRecordStore(db).selling!;
  expect((await selling.rules(regular.id)).priceLists.map((l) => l.id)).toEqual([wholesaleList.id, adasList.id]);
  expect((await selling.rules(null)).priceLists.map((l) => l.id)).toEqual([wholesaleList.id]);
  const rules = await selling.rules(null);
  expect(rules.taxCategories).toEqual([salesTax]);
  expect(rules.promotions).toEqual([mixSixWines]);
  // Records come back as the schemas describe them, without the till's sync metadata.
  expect(Object.keys(rules.priceLists[0]!)).not.toContain('version');
  expect((await selling.load('priceList', [tradesList.id, uuidv7()])).get(tradesList.id)?.data).toEqual(tradesList);
});

test('refunds are found by their sale and loyalty entries by their customer', async () => {
  db = await sellingDb();
  const store = dexieRecordStore(db);
  const saleId = uuidv7();
  const refund = {
    id: uuidv7(),
    saleId,
    lines: [{ lineId: uuidv7(), qty: 1, amount: 1299, disposition: 'restock' as const }],
    tenders: [{ kind: 'cash' as const, amount: 1299, rounding: 0 }],
    total: 1299,
    withReceipt: true,
    actorId: cashier.id,
    at: '2026-11-21T10:00:00-05:00',
    channelId: channel.id,
    deviceId: enrolment.deviceId,
  };
  const entry = { id: uuidv7(), customerId: regular.id, saleId, at: '2026-11-21T10:00:00-05:00', kind: 'earn' as const, points: 12 };
  const meta = { version: {}, fields: {} };
  await store.save({
    records: [],
    ledger: [],
    conflicts: [],
    selling: [
      { entity: 'refund', id: refund.id, stored: { data: refund, meta } },
      { entity: 'loyaltyEntry', id: entry.id, stored: { data: entry, meta } },
    ],
  });
  expect(await store.selling!.refundsOfSale(saleId)).toEqual([refund]);
  expect(await store.selling!.refundsOfSale(uuidv7())).toEqual([]);
  expect(await store.selling!.loyaltyEntriesOf(regular.id)).toEqual([entry]);
});

test('the protocol-2 sale and refund mutators run on the till from the pulled rules', async () => {
  db = await sellingDb();
  const [wineLine, magnumLine] = [uuidv7(), uuidv7()];
  // Four bottles and a magnum, which counts as two: a mixed case of six, 10 % off each line.
  const sale: SaleCompleteV2Args = {
    v: 2,
    saleId: uuidv7(),
    receiptNo: 'CC-01-000001',
    channelId: channel.id,
    warehouseId: enrolment.warehouseId,
    customerId: null,
    lines: [
      { lineId: wineLine, productId: rioja.id, packId: rioja.packs[0]!.id, qty: 4, notes: '', manualDiscount: null },
      { lineId: magnumLine, productId: magnum.id, packId: magnum.packs[0]!.id, qty: 1, notes: 'gift wrap', manualDiscount: null },
    ],
    cartDiscount: null,
    approverId: null,
    payments: [{ kind: 'cash', amount: 8000 }],
    ageCheck: { method: 'visual_over_threshold', verifiedBy: cashier.id, at: '2026-11-20T18:00:00-05:00' },
    clientTotal: 6925,
    soldAt: '2026-11-20T18:00:00-05:00',
  };
  await commitMutation(db, 'sale.complete', sale);
  const stored = (await db.sales.get(sale.saleId)) as SaleRecord;
  // 4 × 12.99 − 5.20 and 24.99 − 2.50, tax included (the products' own 10 %).
  expect(stored.total).toBe(4676 + 2249);
  expect(stored.flags).toEqual([]);
  expect(stored.priced?.lines.map((l) => l.adjustments.map((a) => a.explanation))).toEqual([['Mix 6 wines −10%'], ['Mix 6 wines −10%']]);
  expect(stored.lines[1]?.notes).toBe('gift wrap');
  expect(stored.change).toBe(8000 - 6925);

  const refundId = uuidv7();
  await commitMutation(db, 'refund.create', {
    refundId,
    saleId: sale.saleId,
    lines: [{ lineId: magnumLine, qty: 1, disposition: 'restock' }],
    to: 'cash',
    withReceipt: true,
    refundedAt: '2026-11-21T10:00:00-05:00',
  });
  expect(await db.refunds.get(refundId)).toMatchObject({ saleId: sale.saleId, total: 2249, deviceId: enrolment.deviceId });
  const magnumMoves = await db.stockMovements.where('productId').equals(magnum.id).toArray();
  expect(magnumMoves.map((m) => [m.reason, m.delta])).toEqual(expect.arrayContaining([['sale', -1], ['refund', 1]]));
  expect(await db.outbox.count()).toBe(2);
});
