import { afterEach, expect, test } from 'vitest';
import type { PullResponse } from '@tillsafe/sync';
import { getMeta } from '../db/meta';
import type { TillDb } from '../db/till-db';
import { cashier, channel, freshDb, lager } from '../test-support/fixtures';
import { applyPullPage } from './apply-pull-page';
import { TillError } from './till-error';

let db: TillDb | undefined;
afterEach(async () => {
  await db?.delete();
});

const category = { id: lager.categoryId, name: 'Beer', sort: 1, color: '#d97706' };

function page(changes: PullResponse['changes'], cursor = 'c-1'): PullResponse {
  return { cursor, hasMore: false, lastSeq: 0, changes };
}

test('a pulled page stores its records, indexes every pack barcode and moves the cursor', async () => {
  db = freshDb();
  const stats = await applyPullPage(
    db,
    page([
      { entity: 'channel', id: channel.id, version: { server: 1 }, op: 'put', data: channel },
      { entity: 'category', id: category.id, version: { server: 2 }, op: 'put', data: category },
      { entity: 'product', id: lager.id, version: { server: 3 }, op: 'put', data: lager },
      { entity: 'staff', id: cashier.id, version: { server: 4 }, op: 'put', data: cashier },
    ]),
  );
  expect(stats.product).toBe(1);
  expect(await getMeta(db, 'pullCursor')).toBe('c-1');
  expect(await db.channels.get(channel.id)).toEqual({ ...channel, version: { server: 1 }, fields: {} });
  expect((await db.products.where('barcodes').equals('4006381333948').first())?.name).toBe('Harbour Lager 330ml');
  expect((await db.staff.toArray()).map((s) => s.name)).toEqual(['Casey Morgan']);
});

test('a later page updates and deletes what an earlier one stored', async () => {
  db = freshDb();
  await applyPullPage(db, page([{ entity: 'product', id: lager.id, version: { server: 1 }, op: 'put', data: lager }]));
  const dearer = { ...lager, packs: [{ ...lager.packs[0]!, price: 275 }] };
  await applyPullPage(db, page([{ entity: 'product', id: lager.id, version: { server: 2 }, op: 'put', data: dearer }], 'c-2'));
  expect((await db.products.get(lager.id))?.packs.map((p) => p.price)).toEqual([275]);
  expect(await db.products.where('barcodes').equals('4006381333948').count()).toBe(0);

  await applyPullPage(db, page([{ entity: 'product', id: lager.id, version: { server: 3 }, op: 'delete', data: null }], 'c-3'));
  expect(await db.products.count()).toBe(0);
  expect(await getMeta(db, 'pullCursor')).toBe('c-3');
});

test('a page with a record the till cannot read is refused whole, and the cursor stays', async () => {
  db = freshDb();
  await applyPullPage(db, page([], 'c-1'));
  const bad = page(
    [
      { entity: 'category', id: category.id, version: { server: 2 }, op: 'put', data: category },
      { entity: 'product', id: lager.id, version: { server: 3 }, op: 'put', data: { ...lager, packs: [] } },
    ],
    'c-2',
  );
  await expect(applyPullPage(db, bad)).rejects.toThrow(TillError);
  expect(await db.categories.count()).toBe(0);
  expect(await getMeta(db, 'pullCursor')).toBe('c-1');
});
