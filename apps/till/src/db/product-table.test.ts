import { afterEach, expect, test } from 'vitest';
import { freshDb, lager } from '../test-support/fixtures';
import { inNativeTransaction } from './native-transaction';
import type { ProductChanges } from './product-changes';
import { allProducts, CHUNKED_FROM, compactProductChunks, keepProductsAtHand, PRODUCTS_PER_CHUNK, productTable, readProducts } from './product-table';
import { toProductRow, type ProductRow } from './rows';
import type { TillDb } from './till-db';

let db: TillDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

const idOf = (i: number) => `0190a0e0-0000-7000-8000-${String(i).padStart(12, '0')}`;
/** `count` products, named after `label`, as a pull page brings them. */
const page = (count: number, label: string, from = 0): ProductRow[] => Array.from({ length: count }, (_, i) => toProductRow({ ...lager, id: idOf(from + i), name: `${label} ${from + i}` }));

function write(target: TillDb, rows: readonly ProductRow[]): Promise<unknown> {
  return target.transaction('rw', target.products, target.productChunks, () => productTable(target).bulkPut(rows));
}

test('a small write is stored a row per product; a large one in chunks, in order, read back the same', async () => {
  db = freshDb();
  await write(db, page(CHUNKED_FROM - 1, 'small'));
  expect(await db.products.count()).toBe(CHUNKED_FROM - 1);
  expect(await db.productChunks.count()).toBe(0);

  await db.products.clear();
  const large = page(2 * PRODUCTS_PER_CHUNK + 10 + CHUNKED_FROM, 'large');
  await write(db, large);
  expect(await db.products.count()).toBe(0);
  const chunks = await db.productChunks.toArray();
  expect(chunks.map((c) => c.rows.length)).toEqual([...Array.from({ length: Math.floor(large.length / PRODUCTS_PER_CHUNK) }, () => PRODUCTS_PER_CHUNK), large.length % PRODUCTS_PER_CHUNK]);
  expect(chunks.flatMap((c) => c.ids)).toEqual(large.map((r) => r.id));
  expect(await allProducts(db)).toEqual(large);
  const some = [large[0]!.id, large[PRODUCTS_PER_CHUNK + 3]!.id, 'not-a-product', large.at(-1)!.id];
  expect((await readProducts(db, some)).map((r) => r?.name)).toEqual([large[0]!.name, large[PRODUCTS_PER_CHUNK + 3]!.name, undefined, large.at(-1)!.name]);
  // More than a few lookups read every chunk once instead: the same answers.
  const many = large.slice(0, 300).map((r) => r.id);
  expect(await readProducts(db, many)).toEqual(large.slice(0, 300));
});

test('the latest write of a product wins, whichever way each was stored', async () => {
  db = freshDb();
  const first = page(CHUNKED_FROM, 'first');
  await write(db, first);
  // A row written after the chunk (a price change pulled on its own) wins over it.
  await write(db, [{ ...first[600]!, name: 'edited' }]);
  expect((await readProducts(db, [first[600]!.id]))[0]?.name).toBe('edited');
  // A later chunk wins over the earlier chunk and over that row, which it deletes.
  const second = page(CHUNKED_FROM, 'second', 500);
  await write(db, second);
  expect(await db.products.count()).toBe(0);
  const [five, sixHundred, fifteenHundred] = await readProducts(db, [idOf(5), idOf(600), idOf(1499)]);
  expect([five?.name, sixHundred?.name, fifteenHundred?.name]).toEqual(['first 5', 'second 600', 'second 1499']);
  const all = await allProducts(db);
  expect(all).toHaveLength(1500);
  expect(new Map(all.map((r) => [r.id, r.name])).get(idOf(600))).toBe('second 600');
  expect(await productTable(db).count()).toBe(1500);
});

test('a delete removes the product from its row and from every chunk, and a chunk left empty goes', async () => {
  db = freshDb();
  await write(db, page(CHUNKED_FROM, 'first'));
  await write(db, page(CHUNKED_FROM, 'second', 900));
  await db.products.put(toProductRow({ ...lager, id: idOf(950), name: 'edited' }));
  const gone = [idOf(950), ...Array.from({ length: PRODUCTS_PER_CHUNK }, (_, i) => idOf(i))];
  await db.transaction('rw', db.products, db.productChunks, () => productTable(db!).bulkDelete(gone));
  const [last, next] = [PRODUCTS_PER_CHUNK - 1, PRODUCTS_PER_CHUNK];
  expect(await readProducts(db, [idOf(950), idOf(0), idOf(last), idOf(next), idOf(951)])).toEqual([
    undefined,
    undefined,
    undefined,
    expect.objectContaining({ name: `first ${next}` }),
    expect.objectContaining({ name: 'second 951' }),
  ]);
  expect(await allProducts(db)).toHaveLength(1900 - 1 - PRODUCTS_PER_CHUNK);
  expect(await db.productChunks.count()).toBe((2 * CHUNKED_FROM) / PRODUCTS_PER_CHUNK - 1);
  expect(await db.productChunks.where('ids').equals(idOf(950)).count()).toBe(0);
});

test('a native transaction (a sale commit) reads products from chunks too', async () => {
  db = freshDb();
  const rows = page(CHUNKED_FROM, 'chunked');
  await write(db, rows);
  const found = await inNativeTransaction(db, [db.products, db.productChunks], (tables) => productTable(tables).bulkGet([idOf(3), idOf(999), 'nothing']));
  expect(found).toEqual([rows[3], rows[999], undefined]);
});

test('a cart keeps its products at hand: copied to rows of their own, unannounced, never over a newer row', async () => {
  db = freshDb();
  const rows = page(CHUNKED_FROM, 'chunked');
  await write(db, rows);
  await db.products.put({ ...rows[7]!, name: 'edited' });
  const heard: ProductChanges[] = [];
  const stop = db.productChanges.subscribe((c) => heard.push(c));
  await keepProductsAtHand(db, [idOf(3), idOf(7), 'nothing']);
  expect(await db.products.get(idOf(3))).toEqual(rows[3]);
  expect((await db.products.get(idOf(7)))?.name).toBe('edited');
  expect(await db.products.count()).toBe(2);
  await new Promise((resolve) => setTimeout(resolve, 10));
  expect(heard).toEqual([]);
  stop();
});

/** Every product as read, by id: what compaction must leave exactly as it was. */
async function readable(target: TillDb): Promise<Map<string, ProductRow>> {
  return new Map((await allProducts(target)).map((row) => [row.id, row]));
}

/** How many product copies the chunks hold, counted through their `ids` index. */
function chunkedCopiesHeld(target: TillDb): Promise<number> {
  return target.transaction('r', target.productChunks, () => target.productChunks.orderBy('ids').primaryKeys().then((keys) => keys.length));
}

test('compaction drops every copy no read reaches, changes no product, tells nobody, and then finds nothing more', async () => {
  db = freshDb();
  // 0–999 in chunks 1–20, then 525–1524 again in later chunks: the first chunks' copies of
  // 525–999 are dead (chunks 12–20 wholly, chunk 11 from its 26th product on).
  await write(db, page(CHUNKED_FROM, 'first'));
  await write(db, page(CHUNKED_FROM, 'second', 525));
  // A row wins over every chunk: the chunk's copy of product 3 is dead too.
  await db.products.put(toProductRow({ ...lager, id: idOf(3), name: 'edited' }));
  expect(await chunkedCopiesHeld(db)).toBe(2 * CHUNKED_FROM);
  const before = await readable(db);
  expect(before.size).toBe(1525);
  const heard: ProductChanges[] = [];
  const stop = db.productChanges.subscribe((c) => heard.push(c));

  expect(await compactProductChunks(db)).toEqual({ dropped: 476, rewritten: 2, deleted: 9 });
  expect(await readable(db)).toEqual(before);
  expect(before.get(idOf(3))?.name).toBe('edited');
  expect(before.get(idOf(530))?.name).toBe('second 530');
  expect(before.get(idOf(524))?.name).toBe('first 524');
  expect(await chunkedCopiesHeld(db)).toBe(1524);
  expect(await db.productChunks.count()).toBe(2 * (CHUNKED_FROM / PRODUCTS_PER_CHUNK) - 9);
  expect(await db.productChunks.where('ids').equals(idOf(3)).count()).toBe(0);

  expect(await compactProductChunks(db)).toEqual({ dropped: 0, rewritten: 0, deleted: 0 });
  await new Promise((resolve) => setTimeout(resolve, 10));
  expect(heard).toEqual([]);
  stop();
});

test('compaction keeps the later place of a product a chunk holds twice, as reads do', async () => {
  db = freshDb();
  const rows = page(CHUNKED_FROM, 'chunked');
  rows[10] = { ...rows[2]!, name: 'again' };
  await write(db, rows);
  expect((await readProducts(db, [idOf(2)]))[0]?.name).toBe('again');
  const before = await readable(db);

  expect(await compactProductChunks(db)).toEqual({ dropped: 1, rewritten: 1, deleted: 0 });
  expect(await readable(db)).toEqual(before);
  expect(await chunkedCopiesHeld(db)).toBe(CHUNKED_FROM - 1);
  expect((await db.productChunks.orderBy(':id').first())?.ids.slice(0, 10)).toEqual([0, 1, 3, 4, 5, 6, 7, 8, 9, 2].map(idOf));
});
