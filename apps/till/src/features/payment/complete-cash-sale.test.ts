import { afterEach, expect, test } from 'vitest';
import { MutationRejected } from '@tillsafe/sync';
import { getMeta } from '../../db/meta';
import type { TillDb } from '../../db/till-db';
import { lager, pairedDb } from '../../test-support/fixtures';
import { completeCashSale } from './complete-cash-sale';

let db: TillDb | undefined;
afterEach(async () => {
  await db?.delete();
});

const sixPacks = [{ productId: lager.id, packId: lager.packs[1]!.id, qty: 2 }];

test('a protocol-1 cash sale (a tab paid) is stored with change, the next receipt number and one outbox entry', async () => {
  db = await pairedDb();
  const first = await completeCashSale(db, { lines: sixPacks, tendered: 3000, clientTotal: 2598 }, () => new Date('2026-11-20T10:00:00.000Z'));
  const second = await completeCashSale(db, { lines: sixPacks, tendered: 2598, clientTotal: 2598 });
  expect(first).toMatchObject({ total: 2598, change: 402, receiptNo: 'CC-03-000001', soldAt: '2026-11-20T10:00:00.000Z', flags: [] });
  expect(second.receiptNo).toBe('CC-03-000002');
  const outbox = await db.outbox.orderBy('seq').toArray();
  expect(outbox.map((m) => m.seq)).toEqual([1, 2]);
  expect(outbox[0]!.args).toMatchObject({ saleId: first.id, tenders: [{ kind: 'cash', amount: 3000 }], clientTotal: 2598 });
});

test('a refused sale uses up no receipt number', async () => {
  db = await pairedDb();
  const unknown = [{ productId: '0190a0e0-0000-7000-8000-000000000bad', packId: lager.packs[0]!.id, qty: 1 }];
  await expect(completeCashSale(db, { lines: unknown, tendered: 500, clientTotal: 250 })).rejects.toThrow(MutationRejected);
  expect(await getMeta(db, 'receiptCounter')).toBeUndefined();
  expect(await db.sales.count()).toBe(0);
  expect((await completeCashSale(db, { lines: sixPacks, tendered: 3000, clientTotal: 2598 })).receiptNo).toBe('CC-03-000001');
});
