import { afterEach, expect, test } from 'vitest';
import { freshDb, lager } from '../test-support/fixtures';
import type { ProductChanges } from './product-changes';
import { CHUNKED_FROM, productTable, readProducts } from './product-table';
import { toProductRow } from './rows';
import type { TillDb } from './till-db';

let db: TillDb | undefined;
afterEach(async () => {
  await db?.delete();
});

function listen(target: TillDb): { heard: ProductChanges[]; stop: () => void } {
  const heard: ProductChanges[] = [];
  const stop = target.productChanges.subscribe((c) => heard.push(c));
  return { heard, stop };
}

const rioja = { ...lager, id: '0190a0e0-0000-7000-8000-000000000b02', name: 'Rioja Crianza 750ml' };

test('a committed bulk write tells its rows, a thousand at once included, once the transaction commits', async () => {
  db = freshDb();
  const { heard, stop } = listen(db);
  const many = Array.from({ length: 1000 }, (_, i) => toProductRow({ ...lager, id: `0190a0e0-0000-7000-8000-${String(i).padStart(12, '0')}` }));
  await db.transaction('rw', db.products, db.meta, async () => {
    await db!.products.bulkPut(many);
    await db!.products.put(toProductRow(rioja));
    await db!.meta.put({ key: 'pullCursor', value: 'c-1' });
    expect(heard).toEqual([]);
  });
  expect(heard).toHaveLength(1);
  const [changes] = heard;
  expect(changes?.kind).toBe('rows');
  if (changes?.kind !== 'rows') return;
  expect(changes.rows.size).toBe(1001);
  expect(changes.rows.get(rioja.id)?.name).toBe('Rioja Crianza 750ml');
  stop();
});

test('a deleted row tells its id to read again (a chunk may still hold the product), and clearing the table tells everything changed', async () => {
  db = freshDb();
  await db.products.put(toProductRow(lager));
  const { heard, stop } = listen(db);
  await db.products.delete(lager.id);
  await db.products.clear();
  expect(heard[0]).toEqual({ kind: 'ids', ids: [lager.id] });
  expect(heard[1]).toEqual({ kind: 'all' });
  stop();
});

test('a chunk write tells every product it holds; a row it replaces is told to read again, not as gone', async () => {
  db = freshDb();
  await db.products.put(toProductRow({ ...lager, name: 'Old lager' }));
  const { heard, stop } = listen(db);
  const page = [toProductRow(lager), ...Array.from({ length: CHUNKED_FROM }, (_, i) => toProductRow({ ...lager, id: `0190a0e0-0000-7000-8000-${String(i).padStart(12, '0')}` }))];
  await db.transaction('rw', db.products, db.productChunks, () => productTable(db!).bulkPut(page));
  expect(await db.products.count()).toBe(0);
  expect(heard).toHaveLength(2);
  const [rows, reread] = heard;
  expect(rows?.kind === 'rows' && rows.rows.size).toBe(CHUNKED_FROM);
  expect(rows?.kind === 'rows' && rows.rows.has(lager.id)).toBe(false);
  expect(reread).toEqual({ kind: 'ids', ids: [lager.id] });
  expect((await readProducts(db, [lager.id]))[0]?.name).toBe(lager.name);
  stop();
});

test('an aborted transaction tells nothing, and writes to other tables are not products', async () => {
  db = freshDb();
  const { heard, stop } = listen(db);
  await expect(
    db.transaction('rw', db.products, async () => {
      await db!.products.put(toProductRow(lager));
      throw new Error('the page failed');
    }),
  ).rejects.toThrow('the page failed');
  await db.meta.put({ key: 'pullCursor', value: 'c-2' });
  expect(heard).toEqual([]);
  stop();
});
