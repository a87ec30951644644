import { afterEach, expect, test } from 'vitest';
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
