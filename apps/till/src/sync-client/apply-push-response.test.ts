import { afterEach, expect, test } from 'vitest';
import type { Mutation } from '@tillsafe/sync';
import type { TillDb } from '../db/till-db';
import { cashier, freshDb } from '../test-support/fixtures';
import { applyPushResponse } from './apply-push-response';

let db: TillDb | undefined;
afterEach(async () => {
  await db?.delete();
});

function mutation(seq: number): Mutation {
  return { id: `0190a0e0-0000-7000-8000-${seq.toString().padStart(12, '0')}`, seq, name: 'sale.complete', args: { n: seq }, hlc: `000001700000000-0000${seq}-dev`, actorId: cashier.id };
}

test('the outbox is trimmed to the server lastSeq and a rejected mutation is kept with its reason', async () => {
  db = freshDb();
  const sent = [1, 2, 3, 4].map(mutation);
  await db.outbox.bulkAdd(sent);
  const result = await applyPushResponse(db, sent.slice(0, 3), {
    lastSeq: 3,
    results: [
      { id: sent[0]!.id, seq: 1, status: 'applied' },
      { id: sent[1]!.id, seq: 2, status: 'rejected', code: 'UNKNOWN_PRODUCT', message: 'Product x is not in the catalog.' },
      { id: sent[2]!.id, seq: 3, status: 'duplicate' },
    ],
  }, new Date('2026-11-20T10:00:00.000Z'));

  expect(result.trimmed).toBe(3);
  expect((await db.outbox.toArray()).map((m) => m.seq)).toEqual([4]);
  expect(await db.rejections.toArray()).toEqual([
    { id: sent[1]!.id, seq: 2, code: 'UNKNOWN_PRODUCT', message: 'Product x is not in the catalog.', mutation: sent[1], rejectedAt: '2026-11-20T10:00:00.000Z' },
  ]);
});

test('results past lastSeq leave their mutations in the outbox for the next push', async () => {
  db = freshDb();
  const sent = [1, 2].map(mutation);
  await db.outbox.bulkAdd(sent);
  await applyPushResponse(db, sent, { lastSeq: 1, results: [{ id: sent[0]!.id, seq: 1, status: 'applied' }, { id: sent[1]!.id, seq: 2, status: 'rejected', code: 'X' }] });
  expect((await db.outbox.toArray()).map((m) => m.seq)).toEqual([2]);
  expect(await db.rejections.count()).toBe(0);
});
