import { afterEach, expect, test } from 'vitest';
import type { PullResponse } from '@tillsafe/sync';
import { getMeta } from '../db/meta';
import { CHUNKED_FROM, readProducts } from '../db/product-table';
import type { TillDb } from '../db/till-db';
import { cashier, channel, freshDb, lager, pairedDb, saleArgs } from '../test-support/fixtures';
import { applyPullPage } from './apply-pull-page';
import { commitMutation } from './commit-mutation';
import { TillError } from './till-error';

let db: TillDb | undefined;
afterEach(async () => {
  await db?.delete();
});

const category = { id: lager.categoryId, name: 'Beer', sort: 1, color: '#d97706' };

function page(changes: PullResponse['changes'], cursor = 'c-1'): PullResponse {
  return { cursor, hasMore: false, lastSeq: 0, changes };
}

test('a pulled page stores its records and moves the cursor', async () => {
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
  expect(await db.products.get(lager.id)).toEqual({ ...lager, version: { server: 3 }, fields: {} });
  expect((await db.staff.toArray()).map((s) => s.name)).toEqual(['Casey Morgan']);
});

test('a later page updates and deletes what an earlier one stored', async () => {
  db = freshDb();
  await applyPullPage(db, page([{ entity: 'product', id: lager.id, version: { server: 1 }, op: 'put', data: lager }]));
  const dearer = { ...lager, packs: [{ ...lager.packs[0]!, price: 275 }] };
  await applyPullPage(db, page([{ entity: 'product', id: lager.id, version: { server: 2 }, op: 'put', data: dearer }], 'c-2'));
  expect((await db.products.get(lager.id))?.packs.map((p) => p.price)).toEqual([275]);

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

const otherTill = '0190a0e0-0000-7000-8000-00000000e0b2';
const tabId = '0190a0e0-0000-7000-8000-0000000007a1';
const line = { id: '0190a0e0-0000-7000-8000-0000000007b1', tabId, productId: lager.id, packId: lager.packs[0]!.id, qty: 1, notes: '', voided: false, addedBy: otherTill, movedFrom: null };
const olderStamp = (seq: number) => ({ hlc: `000001600000000-00000-${otherTill}`, node: otherTill, seq });

test('a pending edit is re-applied on top of the pulled record it reads, beside what the other till wrote', async () => {
  db = await pairedDb();
  await applyPullPage(db, page([{ entity: 'tabLine', id: line.id, version: { [otherTill]: 1 }, fields: {}, op: 'put', data: line }]));
  await commitMutation(db, 'tab.updateLine', { lineId: line.id, qty: 5 }, () => 1_700_000_000_000);

  // The other till's note arrives before this till's qty change was pushed.
  const noted = { ...line, notes: 'no ice' };
  await applyPullPage(db, page([{ entity: 'tabLine', id: line.id, version: { [otherTill]: 2 }, fields: { notes: olderStamp(2) }, op: 'put', data: noted }], 'c-2'));

  expect(await db.tabLines.get(line.id)).toMatchObject({ qty: 5, notes: 'no ice' });
  expect(await db.outbox.count()).toBe(1);
});

test('a page that replaces nothing a pending mutation reads leaves the pending effects alone', async () => {
  db = await pairedDb();
  await applyPullPage(db, page([{ entity: 'tabLine', id: line.id, version: { [otherTill]: 1 }, fields: {}, op: 'put', data: line }]));
  await commitMutation(db, 'tab.updateLine', { lineId: line.id, qty: 5 }, () => 1_700_000_000_000);
  await applyPullPage(db, page([{ entity: 'category', id: category.id, version: { server: 2 }, op: 'put', data: category }], 'c-2'));
  expect((await db.tabLines.get(line.id))?.qty).toBe(5);
  expect(await getMeta(db, 'pullCursor')).toBe('c-2');
});

test('a record that appears twice in one page ends as its later change says', async () => {
  db = freshDb();
  await applyPullPage(
    db,
    page([
      { entity: 'product', id: lager.id, version: { server: 1 }, op: 'put', data: lager },
      { entity: 'product', id: lager.id, version: { server: 2 }, op: 'delete', data: null },
    ]),
  );
  expect(await db.products.count()).toBe(0);
});

test('a large page is stored in chunks; a pending sale of a product it replaces is rebased on the chunked copy', async () => {
  db = await pairedDb();
  const sale = saleArgs();
  await commitMutation(db, 'sale.complete', sale, () => 1_700_000_000_000);
  const dearer = { ...lager, name: 'Harbour Lager 330ml (new label)' };
  const others = Array.from({ length: CHUNKED_FROM }, (_, i) => ({ ...lager, id: `0190a0e0-0000-7000-8000-${String(i).padStart(12, '0')}` }));
  await applyPullPage(
    db,
    page([
      { entity: 'product', id: lager.id, version: { server: 5 }, op: 'put', data: dearer },
      ...others.map((p) => ({ entity: 'product' as const, id: p.id, version: { server: 6 }, op: 'put' as const, data: p })),
    ]),
  );
  // In chunks, the till's own older row of the product gone; the sale stays stored and pending.
  expect(await db.products.count()).toBe(0);
  expect(await db.productChunks.count()).toBeGreaterThan(0);
  expect((await readProducts(db, [lager.id]))[0]).toMatchObject({ name: dearer.name, version: { server: 5 } });
  expect((await db.sales.get(sale.saleId))?.receiptNo).toBe(sale.receiptNo);
  expect(await db.stockMovements.where('refId').equals(sale.saleId).count()).toBe(1);
  expect(await db.outbox.count()).toBe(1);

  // A later delete of the product takes it out of its chunk.
  await applyPullPage(db, page([{ entity: 'product', id: lager.id, version: { server: 7 }, op: 'delete', data: null }], 'c-2'));
  expect(await readProducts(db, [lager.id])).toEqual([undefined]);
  expect((await readProducts(db, [others[0]!.id]))[0]?.id).toBe(others[0]!.id);
});

test('a page that says the server’s history window stores it; a page without keeps the one stored before', async () => {
  db = freshDb();
  await applyPullPage(db, { ...page([], 'c-1'), historyDays: 90 });
  expect(await getMeta(db, 'historyDays')).toBe(90);

  await applyPullPage(db, page([], 'c-2'));
  expect(await getMeta(db, 'historyDays')).toBe(90);
  expect(await getMeta(db, 'pullCursor')).toBe('c-2');

  await applyPullPage(db, { ...page([], 'c-3'), historyDays: 30 });
  expect(await getMeta(db, 'historyDays')).toBe(30);
});
