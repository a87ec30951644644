import { afterEach, expect, test, vi } from 'vitest';
import { CHUNKED_FROM, productTable } from '../../db/product-table';
import { toProductRow } from '../../db/rows';
import type { TillDb } from '../../db/till-db';
import { freshDb, lager } from '../../test-support/fixtures';
import { LiveCatalog } from './live-catalog';

let db: TillDb | undefined;
afterEach(async () => {
  await db?.delete();
});

const rioja = { ...lager, id: '0190a0e0-0000-7000-8000-000000000b02', name: 'Rioja Crianza 750ml', packs: [{ ...lager.packs[0]!, id: '0190a0e0-0000-7000-8000-0000000000b1', barcodes: ['5000000000017'] }] };

/** Resolves at the next snapshot the catalog publishes. */
function nextSnapshot(catalog: LiveCatalog): Promise<void> {
  return new Promise((resolve) => {
    const stop = catalog.subscribe(() => {
      stop();
      resolve();
    });
  });
}

test('the catalog loads every active product once, searchable and scannable', async () => {
  db = freshDb();
  await db.products.bulkPut([toProductRow(lager), toProductRow({ ...rioja, active: false })]);
  const catalog = new LiveCatalog(db);
  await catalog.load();
  const snapshot = catalog.getSnapshot()!;
  expect([...snapshot.productsById.keys()]).toEqual([lager.id]);
  expect(snapshot.index.search('harbour', undefined).products.map((p) => p.name)).toEqual(['Harbour Lager 330ml']);
  expect(snapshot.index.findBarcode('4006381333948')?.pack.name).toBe('6-pack');
});

test('a pulled price change and a new product reach the loaded catalog without reading it all again', async () => {
  db = freshDb();
  await db.products.put(toProductRow(lager));
  const catalog = new LiveCatalog(db);
  await catalog.load();
  const before = catalog.getSnapshot()!;

  const changed = nextSnapshot(catalog);
  await db.transaction('rw', db.products, async () => {
    await db!.products.bulkPut([toProductRow({ ...lager, packs: [{ ...lager.packs[0]!, price: 275 }] }), toProductRow(rioja)]);
  });
  await changed;
  const after = catalog.getSnapshot()!;
  expect(after.version).toBeGreaterThan(before.version);
  expect(after.productsById).not.toBe(before.productsById);
  expect(after.productsById.get(lager.id)?.packs.map((p) => p.price)).toEqual([275]);
  expect(after.index.findBarcode('5000000000017')?.product.name).toBe('Rioja Crianza 750ml');
  expect(after.index.findBarcode('4006381333948')).toBeUndefined();

  const removed = nextSnapshot(catalog);
  await db.products.delete(rioja.id);
  await removed;
  expect(catalog.getSnapshot()!.index.search('rioja', undefined).products).toEqual([]);
});

test('products stored in chunks load and follow like rows: a large pull page, then a price change, then a delete', async () => {
  db = freshDb();
  const bulk = Array.from({ length: CHUNKED_FROM }, (_, i) => toProductRow({ ...lager, id: `0190a0e0-0000-7000-8000-${String(i).padStart(12, '0')}`, name: `Bulk wine ${i}`, packs: [] }));
  await db.transaction('rw', db.products, db.productChunks, () => productTable(db!).bulkPut(bulk));
  await db.products.put(toProductRow(lager));
  const catalog = new LiveCatalog(db);
  await catalog.load();
  expect(catalog.getSnapshot()!.productsById.size).toBe(CHUNKED_FROM + 1);

  // A second large page brings lager again, now in a chunk: its row goes, the new price shows.
  const page = nextSnapshot(catalog);
  await db.transaction('rw', db.products, db.productChunks, () =>
    productTable(db!).bulkPut([toProductRow({ ...lager, packs: [{ ...lager.packs[0]!, price: 275 }] }), toProductRow(rioja), ...bulk.slice(1)]),
  );
  await page;
  await vi.waitFor(() => {
    expect(catalog.getSnapshot()!.productsById.get(lager.id)?.packs.map((p) => p.price)).toEqual([275]);
  });
  expect(await db.products.count()).toBe(0);
  expect(catalog.getSnapshot()!.index.findBarcode('5000000000017')?.product.name).toBe('Rioja Crianza 750ml');

  // A delete takes the product out of every chunk: the catalog loses it.
  await db.transaction('rw', db.products, db.productChunks, () => productTable(db!).bulkDelete([rioja.id, bulk[0]!.id]));
  await vi.waitFor(() => {
    expect(catalog.getSnapshot()!.productsById.size).toBe(CHUNKED_FROM);
  });
  expect(catalog.getSnapshot()!.productsById.has(rioja.id)).toBe(false);
  expect(catalog.getSnapshot()!.productsById.has(bulk[0]!.id)).toBe(false);
});

test('a product written while the catalog is first loading is not lost', async () => {
  db = freshDb();
  await db.products.put(toProductRow(lager));
  const catalog = new LiveCatalog(db);
  const loading = catalog.load();
  await db.products.put(toProductRow(rioja));
  await loading;
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(catalog.getSnapshot()!.productsById.has(rioja.id)).toBe(true);
});
