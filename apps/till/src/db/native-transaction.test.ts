import { afterEach, expect, test, vi } from 'vitest';
import { liveQuery } from 'dexie';
import { commitMutation } from '../sync-client/commit-mutation';
import type { StockMovement } from '@tillsafe/sync';
import { enrolment, lager, pairedDb, saleArgs } from '../test-support/fixtures';
import { inNativeTransaction } from './native-transaction';
import type { ProductChanges } from './product-changes';
import type { TillDb } from './till-db';

let db: TillDb | undefined;
afterEach(async () => {
  await db?.delete();
});

/**
 * Subscribes to a live query and waits for its first answer; then resolves the returned promise
 * with its first later answer that passes `ready` (rejects after a second without one).
 */
async function watch<T>(query: () => Promise<T>, ready: (value: T) => boolean): Promise<{ first: T; next: Promise<T> }> {
  let answered: ((value: T) => void) | undefined;
  const firstAnswer = new Promise<T>((resolve) => (answered = resolve));
  let settle: { resolve: (value: T) => void; reject: (error: unknown) => void } | undefined;
  const next = new Promise<T>((resolve, reject) => (settle = { resolve, reject }));
  let seen = 0;
  const subscription = liveQuery(query).subscribe({
    next: (value) => {
      seen += 1;
      if (seen === 1) answered?.(value);
      else if (ready(value)) {
        subscription.unsubscribe();
        settle?.resolve(value);
      }
    },
    error: (error: unknown) => settle?.reject(error),
  });
  const first = await firstAnswer;
  setTimeout(() => {
    subscription.unsubscribe();
    settle?.reject(new Error('the live query did not answer again'));
  }, 1_000);
  return { first, next };
}

test('a live query over a table a native commit wrote answers again with the new rows', async () => {
  db = await pairedDb();
  const tillDb = db;
  const sales = await watch(
    () => tillDb.sales.toArray(),
    (rows) => rows.length === 1,
  );
  const pending = await watch(
    () => tillDb.outbox.count(),
    (count) => count === 1,
  );
  expect([sales.first, pending.first]).toEqual([[], 0]);
  const args = saleArgs();
  await commitMutation(tillDb, 'sale.complete', args);
  expect((await sales.next).map((s) => s.id)).toEqual([args.saleId]);
  expect(await pending.next).toBe(1);
});

test('products a native transaction writes reach the product-change feed once it commits; an aborted one tells nothing', async () => {
  db = await pairedDb();
  const heard: ProductChanges[] = [];
  let told: (() => void) | undefined;
  const stop = db.productChanges.subscribe((changes) => {
    heard.push(changes);
    told?.();
  });
  const renamed = { ...lager, name: 'Harbour Lager', version: {}, fields: {} };

  await expect(
    inNativeTransaction(db, [db.products], async (tables) => {
      await tables.products.put(renamed);
      throw new Error('changed my mind');
    }),
  ).rejects.toThrow('changed my mind');
  expect((await db.products.get(lager.id))?.name).toBe(lager.name);

  const heardOnce = new Promise<void>((resolve) => (told = resolve));
  await inNativeTransaction(db, [db.products], (tables) => tables.products.put(renamed));
  await heardOnce;
  stop();
  // The aborted transaction told nothing; the committed one told its row.
  expect(heard).toEqual([{ kind: 'rows', rows: new Map([[lager.id, renamed]]) }]);
  expect((await db.products.get(lager.id))?.name).toBe('Harbour Lager');
});

test('work that fails part-way stores none of its writes, in any table', async () => {
  db = await pairedDb();
  const before = await db.outbox.count();
  await expect(
    inNativeTransaction(db, [db.sales, db.outbox, db.meta], async (tables) => {
      await tables.meta.put({ key: 'receiptCounter', value: 41 });
      // The outbox is keyed by seq: a second entry at the same seq fails, and takes the rest back.
      const entry = { id: '0190a0e0-0000-7000-8000-0000000000aa', seq: 7, name: 'sale.complete', args: {}, hlc: 'x', actorId: 'a' };
      await tables.outbox.add(entry);
      await tables.outbox.add({ ...entry, id: '0190a0e0-0000-7000-8000-0000000000ab' });
    }),
  ).rejects.toMatchObject({ name: 'ConstraintError' });
  expect(await db.meta.get('receiptCounter')).toBeUndefined();
  expect(await db.outbox.count()).toBe(before);
});

test('a write that fails after the work has returned still takes every write back, and its error is thrown', async () => {
  db = await pairedDb();
  const before = await db.outbox.count();
  const entry = { id: '0190a0e0-0000-7000-8000-0000000000ba', seq: 9, name: 'sale.complete', args: {}, hlc: 'x', actorId: 'a' };
  await expect(
    inNativeTransaction(db, [db.outbox, db.meta], (tables) => {
      // None of the writes is waited for: the work is done before IndexedDB has answered any.
      void tables.meta.put({ key: 'receiptCounter', value: 43 });
      void tables.outbox.add(entry);
      void tables.outbox.add({ ...entry, id: '0190a0e0-0000-7000-8000-0000000000bb' });
      return Promise.resolve('done');
    }),
  ).rejects.toMatchObject({ name: 'ConstraintError' });
  expect(await db.meta.get('receiptCounter')).toBeUndefined();
  expect(await db.outbox.count()).toBe(before);
});

test('the transaction is told to commit once the work is done, and a read after a queued write sees it', async () => {
  db = await pairedDb();
  const commit = vi.spyOn(IDBTransaction.prototype, 'commit');
  try {
    const seen = await inNativeTransaction(db, [db.meta], async (tables) => {
      void tables.meta.put({ key: 'receiptCounter', value: 44 });
      return tables.meta.get('receiptCounter');
    });
    expect(seen).toEqual({ key: 'receiptCounter', value: 44 });
    expect(commit).toHaveBeenCalledTimes(1);
  } finally {
    commit.mockRestore();
  }
  expect(await db.meta.get('receiptCounter')).toEqual({ key: 'receiptCounter', value: 44 });
});

test('reads by index answer every matching row, once, for any of several values', async () => {
  db = await pairedDb();
  const move = (id: string, refId: string): StockMovement => ({ id, warehouseId: enrolment.warehouseId, productId: lager.id, delta: -1, reason: 'sale', refId });
  await db.stockMovements.bulkPut([move('m1', 'sale-a'), move('m2', 'sale-b'), move('m3', 'sale-a'), move('m4', 'sale-c')]);
  const [ab, c] = await inNativeTransaction(db, [db.stockMovements], (tables) =>
    Promise.all([tables.stockMovements.where('refId').anyOf(['sale-a', 'sale-b', 'sale-a']).toArray(), tables.stockMovements.where('refId').equals('sale-c').toArray()]),
  );
  expect(ab.map((m) => m.id).sort()).toEqual(['m1', 'm2', 'm3']);
  expect(c.map((m) => m.id)).toEqual(['m4']);
});

test('whole-table reads issued together share one request; one issued after a write sends its own and sees the write', async () => {
  db = await pairedDb();
  const tillDb = db;
  const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
  try {
    const [first, second, third, later] = await inNativeTransaction(tillDb, [tillDb.meta], async (tables) => {
      const reads = [tables.meta.toArray(), tables.meta.toArray()];
      const written = tables.meta.put({ key: 'receiptCounter', value: 41 });
      reads.push(tables.meta.toArray());
      const answered = await Promise.all([...reads, written]);
      return [...answered.slice(0, 3), await tables.meta.toArray()] as (typeof answered)[number][];
    });
    // Two requests while the first three were on their way, and one once they had answered.
    expect(getAll).toHaveBeenCalledTimes(3);
    expect(second).toBe(first);
    const counter = (rows: unknown) => (rows as { key: string; value: unknown }[]).find((row) => row.key === 'receiptCounter')?.value;
    expect([counter(first), counter(third), counter(later)]).toEqual([undefined, 41, 41]);
  } finally {
    getAll.mockRestore();
  }
});
