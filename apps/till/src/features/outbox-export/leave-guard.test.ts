import { afterEach, expect, test } from 'vitest';
import { getMeta } from '../../db/meta';
import type { TillDb } from '../../db/till-db';
import { applyPushResponse } from '../../sync-client/apply-push-response';
import { buildOutboxExport, exportedMutationIds } from '../../sync-client/outbox-export';
import { lager, pairedDb } from '../../test-support/fixtures';
import { completeCashSale } from '../payment/complete-cash-sale';
import { endSession } from '../sign-in/staff-session';
import { checkReset, checkSignOut, readUnsynced, unsyncedSentence } from './leave-guard';

let db: TillDb | undefined;
afterEach(async () => {
  await db?.delete();
});

const sell = (till: TillDb) => completeCashSale(till, { lines: [{ productId: lager.id, packId: lager.packs[0]!.id, qty: 1 }], tendered: 250, clientTotal: 250 });

/** The server takes everything in the outbox, refusing the seqs listed. */
async function pushAll(till: TillDb, refuse: number[] = []) {
  const sent = await till.outbox.orderBy('seq').toArray();
  await applyPushResponse(till, { mutations: sent, pullCursor: undefined }, {
    lastSeq: sent.at(-1)?.seq ?? 0,
    results: sent.map((m) => (refuse.includes(m.seq) ? { id: m.id, seq: m.seq, status: 'rejected' as const, code: 'OUT_OF_RANGE', message: 'No.' } : { id: m.id, seq: m.seq, status: 'applied' as const })),
  });
}

test('sign-out goes straight through with an empty outbox', async () => {
  db = await pairedDb();
  expect(checkSignOut(await readUnsynced(db))).toEqual({ kind: 'clear' });
  await sell(db);
  await pushAll(db);
  expect(checkSignOut(await readUnsynced(db))).toEqual({ kind: 'clear' });
});

test('sign-out with a sale still in the outbox asks for an export first, and signing out keeps the outbox', async () => {
  db = await pairedDb();
  await sell(db);
  expect(checkSignOut(await readUnsynced(db))).toEqual({ kind: 'export-first', pending: 1 });

  await endSession(db);
  expect(await getMeta(db, 'session')).toBeUndefined();
  expect(await db.outbox.count()).toBe(1);
});

test('the dialog sentence counts what is pending', () => {
  expect(unsyncedSentence(1)).toBe('1 sale or change has not reached the server yet.');
  expect(unsyncedSentence(3)).toBe('3 sales and changes have not reached the server yet.');
});

test('a rejected change blocks a reset though the outbox is empty; sign-out is not blocked by it', async () => {
  db = await pairedDb();
  await sell(db);
  await pushAll(db, [1]);
  const unsynced = await readUnsynced(db);
  expect(unsynced.pending).toEqual([]);
  expect(checkSignOut(unsynced)).toEqual({ kind: 'clear' });
  expect(checkReset(unsynced, undefined)).toEqual({ kind: 'export-first', pending: 0, rejected: 1, notInFile: 1 });
});

test('a reset is allowed with nothing unsynced, or once a file from this session holds every pending and rejected change', async () => {
  db = await pairedDb();
  expect(checkReset(await readUnsynced(db), undefined)).toEqual({ kind: 'clear' });

  await sell(db);
  await pushAll(db, [1]);
  await sell(db);
  expect(checkReset(await readUnsynced(db), undefined)).toMatchObject({ kind: 'export-first', pending: 1, rejected: 1 });

  const exported = exportedMutationIds(await buildOutboxExport(db, { reason: 'reset' }));
  expect(checkReset(await readUnsynced(db), exported)).toEqual({ kind: 'exported' });

  // A sale after the export is not in the file: the reset is blocked again.
  await sell(db);
  expect(checkReset(await readUnsynced(db), exported)).toEqual({ kind: 'export-first', pending: 2, rejected: 1, notInFile: 1 });
});

test('an exported change that the server later refuses is still covered by the file', async () => {
  db = await pairedDb();
  await sell(db);
  const exported = exportedMutationIds(await buildOutboxExport(db, { reason: 'reset' }));
  await pushAll(db, [1]);
  expect(checkReset(await readUnsynced(db), exported)).toEqual({ kind: 'exported' });
});
