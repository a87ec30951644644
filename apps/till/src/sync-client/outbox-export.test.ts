import { afterEach, expect, test } from 'vitest';
import { completeCashSale } from '../features/payment/complete-cash-sale';
import type { TillDb } from '../db/till-db';
import { cashier, enrolment, lager, pairedDb } from '../test-support/fixtures';
import { applyPushResponse } from './apply-push-response';
import { buildOutboxExport, outboxExportFileName, OUTBOX_EXPORT_SCHEMA_VERSION, parseOutboxExport, serializeOutboxExport } from './outbox-export';

let db: TillDb | undefined;
afterEach(async () => {
  await db?.delete();
});

const at = (minute: number) => () => new Date(`2026-11-20T10:${minute.toString().padStart(2, '0')}:00.000Z`);
const bottles = [{ productId: lager.id, packId: lager.packs[0]!.id, qty: 2 }];

/** Three sales: the server applied the first, refused the second, has not seen the third. */
async function tillWithHistory(): Promise<{ db: TillDb; saleIds: string[] }> {
  const till = await pairedDb();
  const sales = [];
  for (const minute of [1, 2, 3]) sales.push(await completeCashSale(till, { lines: bottles, tendered: 500, clientTotal: 500 }, at(minute)));
  const sent = await till.outbox.orderBy('seq').limit(2).toArray();
  await applyPushResponse(till, { mutations: sent, pullCursor: undefined }, {
    lastSeq: 2,
    results: [
      { id: sent[0]!.id, seq: 1, status: 'applied' },
      { id: sent[1]!.id, seq: 2, status: 'rejected', code: 'UNKNOWN_PRODUCT', message: 'Product is not in the catalog.' },
    ],
  }, new Date('2026-11-20T10:05:00.000Z'));
  return { db: till, saleIds: sales.map((s) => s.id) };
}

test('the export holds the pending outbox in seq order, the rejections and the sales the server has not accepted', async () => {
  const till = await tillWithHistory();
  db = till.db;
  await completeCashSale(db, { lines: bottles, tendered: 500, clientTotal: 500 }, at(4));

  const file = await buildOutboxExport(db, { reason: 'sign-out', exportedBy: cashier, now: new Date('2026-11-20T10:06:00.000Z') });

  expect(file).toMatchObject({ format: 'tillsafe-outbox', schemaVersion: OUTBOX_EXPORT_SCHEMA_VERSION, reason: 'sign-out', exportedAt: '2026-11-20T10:06:00.000Z' });
  expect(file.exportedBy).toEqual({ id: cashier.id, name: cashier.name });
  expect(file.till).toEqual({ name: 'Till 1', deviceId: enrolment.deviceId, tenantId: enrolment.tenantId, channelId: enrolment.channelId, warehouseId: enrolment.warehouseId });
  expect(file.outbox.map((m) => [m.seq, m.name])).toEqual([
    [3, 'sale.complete'],
    [4, 'sale.complete'],
  ]);
  expect(file.rejections.map((r) => [r.seq, r.code, r.message])).toEqual([[2, 'UNKNOWN_PRODUCT', 'Product is not in the catalog.']]);
  const [, rejectedSale, pendingSale] = till.saleIds;
  expect(file.unsyncedSales.map((s) => s.id)).toEqual(expect.arrayContaining([rejectedSale, pendingSale]));
  expect(file.unsyncedSales).toHaveLength(3);
  expect(file.unsyncedSales.map((s) => s.id)).not.toContain(till.saleIds[0]);
});

test('the file round-trips through its schema and never carries the device token', async () => {
  db = (await tillWithHistory()).db;
  const file = await buildOutboxExport(db, { reason: 'reset', now: new Date('2026-11-20T10:06:00.000Z') });
  const text = serializeOutboxExport(file);

  expect(parseOutboxExport(text)).toEqual(file);
  expect(text).not.toContain(enrolment.deviceToken);
  expect(text).not.toMatch(/deviceToken/i);
  expect(file.exportedBy).toBeNull();
});

test('a file with a token smuggled into its till section is refused by the schema', async () => {
  db = (await tillWithHistory()).db;
  const file = await buildOutboxExport(db, { reason: 'manual' });
  const tampered = JSON.stringify({ ...file, till: { ...file.till, deviceToken: enrolment.deviceToken } });
  expect(() => parseOutboxExport(tampered)).toThrow();
});

test('an empty outbox still exports, so a manager can keep the rejections on their own', async () => {
  db = await pairedDb();
  const file = await buildOutboxExport(db, { reason: 'manual' });
  expect(file.outbox).toEqual([]);
  expect(file.rejections).toEqual([]);
  expect(file.unsyncedSales).toEqual([]);
});

test('the file is named after the till and the moment, safe for any file system', () => {
  const till = { name: 'Front till #2 (bar)', deviceId: enrolment.deviceId, tenantId: enrolment.tenantId, channelId: enrolment.channelId, warehouseId: enrolment.warehouseId };
  expect(outboxExportFileName({ till, exportedAt: '2026-11-20T10:06:07.123Z' })).toBe('tillsafe-outbox-front-till-2-bar-20261120T100607Z.json');
  expect(outboxExportFileName({ till: { ...till, name: '☕☕' }, exportedAt: '2026-11-20T10:06:07.000Z' })).toBe('tillsafe-outbox-0190a0e0-20261120T100607Z.json');
});
