import { afterAll, beforeAll, expect, test } from 'vitest';
import { sql } from 'drizzle-orm';
import { uuidv7 } from '@tillsafe/sync';
import type { Db } from '../db/database';
import { DEMO } from '../seed/demo-organisation';
import { startTestServer, type TestServer } from '../testing/test-server';
import { decodeCursor, recordChanges } from './change-log';

/** A change position can only be read through this: what a pull would page over. */
async function positionsAfter(db: Db, pos: number): Promise<number[]> {
  const rows = await db.execute<{ pos: string }>(sql`select pos::text as pos from change_index where tenant_id = ${DEMO.tenant.id} and change_index.pos > ${pos} order by change_index.pos`);
  return (rows as { pos: string }[]).map((r) => Number(r.pos));
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer('postgres');
});
afterAll(() => server.close());

test('two slow writers that interleave never let a reader page past a change that commits later', async () => {
  const { db } = server.database;
  const start = (await positionsAfter(db, 0)).at(-1) ?? 0;
  let releaseA!: () => void;
  const aMayCommit = new Promise<void>((resolve) => (releaseA = resolve));
  let aHasPosition!: () => void;
  const aPositioned = new Promise<void>((resolve) => (aHasPosition = resolve));
  const commits: string[] = [];

  // Writer A takes a position first, then stalls before committing.
  const writerA = db.transaction(async (tx) => {
    await recordChanges(tx, DEMO.tenant.id, [{ entity: 'customer', id: uuidv7(), op: 'put' }]);
    aHasPosition();
    await aMayCommit;
  }).then(() => commits.push('A'));
  await aPositioned;
  // Writer B starts after A has its position and would commit first if positions did not wait.
  const writerB = db.transaction(async (tx) => {
    await recordChanges(tx, DEMO.tenant.id, [{ entity: 'customer', id: uuidv7(), op: 'put' }]);
  }).then(() => commits.push('B'));

  // A reader paging meanwhile sees neither change: nothing past the start is visible yet.
  await new Promise((r) => setTimeout(r, 300));
  const seenWhileStalled = await positionsAfter(db, start);
  expect(seenWhileStalled).toEqual([]);
  expect(commits).toEqual([]);

  releaseA();
  await Promise.all([writerA, writerB]);
  expect(commits).toEqual(['A', 'B']);
  const after = await positionsAfter(db, start);
  expect(after).toEqual([start + 1, start + 2]);
});

test('many concurrent writers leave no hole: every position a reader pages over is there', async () => {
  const { db } = server.database;
  const before = (await positionsAfter(db, 0)).at(-1) ?? 0;
  const seen: number[] = [];
  let cursor = before;
  const state = { writing: true };
  const reader = (async () => {
    while (state.writing) {
      const page = await positionsAfter(db, cursor);
      // A reader may only ever move to positions with no gap behind them.
      for (const pos of page) {
        expect(pos).toBe(cursor + 1);
        cursor = pos;
        seen.push(pos);
      }
      await new Promise((r) => setTimeout(r, 5));
    }
  })();
  await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      db.transaction(async (tx) => {
        await new Promise((r) => setTimeout(r, (i * 7) % 23));
        await recordChanges(tx, DEMO.tenant.id, [
          { entity: 'customer', id: uuidv7(), op: 'put' },
          { entity: 'customer', id: uuidv7(), op: 'put' },
        ]);
        await new Promise((r) => setTimeout(r, (i * 13) % 29));
      }),
    ),
  );
  state.writing = false;
  await reader;
  for (const pos of await positionsAfter(db, cursor)) seen.push(pos);
  expect(seen).toEqual(Array.from({ length: 40 }, (_, i) => before + 1 + i));
});

test('a cursor is opaque text that decodes only when the server issued it', () => {
  expect(decodeCursor(undefined)).toBe(0);
  expect(decodeCursor('p42')).toBe(42);
  expect(decodeCursor('42')).toBeUndefined();
  expect(decodeCursor("p1' or 1=1")).toBeUndefined();
});
