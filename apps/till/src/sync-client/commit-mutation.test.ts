import { afterEach, expect, test } from 'vitest';
import { MutationRejected, parseHlc, uuidv7 } from '@tillsafe/sync';
import { getMeta, setMeta, type Enrolment } from '../db/meta';
import type { TillDb } from '../db/till-db';
import { cashier, channel, enrolment, lager, pairedDb, saleArgs } from '../test-support/fixtures';
import { commitMutation } from './commit-mutation';
import { TillError } from './till-error';

let db: TillDb | undefined;
afterEach(async () => {
  await db?.delete();
});

test('a completed sale lands together with its outbox entry, and seqs are contiguous', async () => {
  db = await pairedDb();
  const first = saleArgs();
  const second = saleArgs({ receiptNo: 'E001-000002' });
  await commitMutation(db, 'sale.complete', first, () => 1_700_000_000_000);
  await commitMutation(db, 'sale.complete', second, () => 1_700_000_000_000);

  const outbox = await db.outbox.orderBy('seq').toArray();
  expect(outbox.map((m) => [m.seq, m.name, m.actorId])).toEqual([
    [1, 'sale.complete', '0190a0e0-0000-7000-8000-00000000f001'],
    [2, 'sale.complete', '0190a0e0-0000-7000-8000-00000000f001'],
  ]);
  expect(outbox[0]!.args).toEqual(first);
  // The same wall time still yields increasing HLCs.
  expect(outbox[0]!.hlc < outbox[1]!.hlc).toBe(true);
  expect(parseHlc(outbox[1]!.hlc).node).toBe('0190a0e0-0000-7000-8000-00000000e001');

  const sale = await db.sales.get(first.saleId);
  expect(sale?.total).toBe(2598);
  expect(sale?.change).toBe(402);
  expect(await db.stockMovements.where('refId').equals(first.saleId).toArray()).toEqual([expect.objectContaining({ productId: lager.id, delta: -12 })]);
  expect(await getMeta(db, 'nextSeq')).toBe(3);
});

test('a rejected mutation stores nothing and does not use up a seq', async () => {
  db = await pairedDb();
  const ghost = saleArgs({ lines: [{ lineId: '0190a0e0-0000-7000-8000-0000000011e2', productId: '0190a0e0-0000-7000-8000-000000000bad', packId: lager.packs[0]!.id, qty: 1 }] });
  await expect(commitMutation(db, 'sale.complete', ghost)).rejects.toThrow(MutationRejected);
  await expect(commitMutation(db, 'sale.complete', { saleId: 'not-a-sale' })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });

  expect(await db.sales.count()).toBe(0);
  expect(await db.stockMovements.count()).toBe(0);
  expect(await db.outbox.count()).toBe(0);
  expect(await getMeta(db, 'nextSeq')).toBeUndefined();

  await commitMutation(db, 'sale.complete', saleArgs());
  expect((await db.outbox.toArray()).map((m) => m.seq)).toEqual([1]);
});

test('when the outbox write fails, the sale it belongs to is rolled back too', async () => {
  db = await pairedDb();
  // A stray entry at seq 1 makes the outbox append fail after the sale was written.
  await db.outbox.add({ id: '0190a0e0-0000-7000-8000-0000000000ff', seq: 1, name: 'sale.complete', args: {}, hlc: 'x', actorId: '0190a0e0-0000-7000-8000-00000000f001' });
  await expect(commitMutation(db, 'sale.complete', saleArgs())).rejects.toThrow();
  expect(await db.sales.count()).toBe(0);
  expect(await db.stockMovements.count()).toBe(0);
  expect(await db.outbox.count()).toBe(1);
});

test('the same sale committed twice is stored once and queued once', async () => {
  db = await pairedDb();
  const args = saleArgs();
  await commitMutation(db, 'sale.complete', args);
  const again = await commitMutation(db, 'sale.complete', args);
  expect(again.outcome.status).toBe('duplicate');
  expect(again.entry).toBeUndefined();
  expect(await db.outbox.count()).toBe(1);
  expect(await db.sales.count()).toBe(1);
});

test('nobody signed in means nothing is sold', async () => {
  db = await pairedDb();
  await db.meta.delete('session');
  await expect(commitMutation(db, 'sale.complete', saleArgs())).rejects.toThrow(TillError);
  expect(await db.sales.count()).toBe(0);
});

test('whoever the session names is the actor, with the role their row has now, whoever committed last', async () => {
  db = await pairedDb();
  const bartender = { ...cashier, id: '0190a0e0-0000-7000-8000-00000000f002', name: 'Robin Vale', role: 'bartender' as const };
  await db.staff.put(bartender);
  await commitMutation(db, 'sale.complete', saleArgs());
  await setMeta(db, 'session', { staffId: bartender.id, signedInAt: '2026-11-20T11:00:00.000Z' });
  await commitMutation(db, 'tab.open', { tabId: uuidv7(), name: 'Window', tableNo: null });
  expect((await db.outbox.orderBy('seq').toArray()).map((m) => m.actorId)).toEqual([cashier.id, bartender.id]);

  // The same person, since moved to a role without tabs: refused, not run with the role they had.
  await db.staff.put({ ...bartender, role: 'driver' });
  await expect(commitMutation(db, 'tab.open', { tabId: uuidv7(), name: 'Door', tableNo: null })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  expect(await db.outbox.count()).toBe(2);
});

test('records expected under the last enrolment are only a head start: a till moved to another channel sells there', async () => {
  db = await pairedDb();
  const expected = (e: Enrolment) => [{ entity: 'channel' as const, id: e.channelId }];
  await commitMutation(db, 'sale.complete', saleArgs(), Date.now, expected);
  const bar = { ...channel, id: '0190a0e0-0000-7000-8000-00000000c002', name: 'Back Bar' };
  await db.channels.put(bar);
  await setMeta(db, 'enrolment', { ...enrolment, channelId: bar.id });
  const { outcome } = await commitMutation(db, 'sale.complete', saleArgs({ channelId: bar.id, receiptNo: 'E001-000002' }), Date.now, expected);
  expect(outcome.status).toBe('applied');
  expect((await db.sales.toArray()).map((s) => s.channelId).sort()).toEqual([channel.id, bar.id].sort());
});
