import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, expect, test } from 'vitest';
import { uuidv7 } from '@tillsafe/sync';
import { readProducts } from './product-table';
import { TillDb } from './till-db';

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

/**
 * Every version that shipped, frozen as it was: tills in the field hold data in exactly these
 * tables. A schema change is a new version in TillDb plus an entry here, never an edit of one.
 */
const SHIPPED: Record<number, Record<string, string>> = {
  1: {
    meta: 'key',
    channels: 'id',
    warehouses: 'id, channelId',
    categories: 'id, sort',
    products: 'id, categoryId, name, *barcodes, sku',
    staff: 'id, name',
    sales: 'id, soldAt',
    stockMovements: 'id, productId, refId',
    outbox: 'seq',
    rejections: 'id, seq',
  },
  2: {
    meta: 'key',
    channels: 'id',
    warehouses: 'id, channelId',
    categories: 'id, sort',
    products: 'id, categoryId, name, *barcodes, sku',
    staff: 'id, name',
    sales: 'id, soldAt',
    stockMovements: 'id, productId, refId',
    outbox: 'seq',
    rejections: 'id, seq',
    customers: 'id, name, phone',
    tabs: 'id, status, tableNo',
    tabLines: 'id, tabId',
    cashEvents: 'id, at',
    printJobs: 'id, state, printerId, documentId, createdAt',
    printers: 'id',
  },
  3: {
    meta: 'key',
    channels: 'id',
    warehouses: 'id, channelId',
    categories: 'id, sort',
    products: 'id, categoryId, name, *barcodes, sku',
    staff: 'id, name',
    sales: 'id, soldAt',
    stockMovements: 'id, productId, refId',
    outbox: 'seq',
    rejections: 'id, seq',
    customers: 'id, name, phone',
    tabs: 'id, status, tableNo',
    tabLines: 'id, tabId',
    cashEvents: 'id, at',
    printJobs: 'id, state, printerId, documentId, createdAt',
    printers: 'id',
    tabTickets: 'id, tabId',
  },
  4: {
    meta: 'key',
    channels: 'id',
    warehouses: 'id, channelId',
    categories: 'id, sort',
    products: 'id, categoryId, name, *barcodes, sku',
    staff: 'id, name',
    sales: 'id, soldAt',
    stockMovements: 'id, productId, refId',
    outbox: 'seq',
    rejections: 'id, seq',
    customers: 'id, name, phone',
    tabs: 'id, status, tableNo',
    tabLines: 'id, tabId',
    cashEvents: 'id, at',
    printJobs: 'id, state, printerId, documentId, createdAt',
    printers: 'id',
    tabTickets: 'id, tabId',
    taxCategories: 'id',
    depositItems: 'id',
    priceLists: 'id, kind, customerId',
    quantityBreaks: 'id',
    promotions: 'id',
    sellingSettings: 'id',
    refunds: 'id, saleId',
    loyaltyEntries: 'id, customerId',
  },
};
// Versions 6 and 8 changed indexes only; 9 added the parked sales (5 and 7 were never shipped).
SHIPPED[6] = { ...SHIPPED[4]!, products: 'id' };
SHIPPED[8] = { ...SHIPPED[6], sales: 'id, soldAt, receiptNo, customerId' };
SHIPPED[9] = { ...SHIPPED[8], drafts: 'id, status' };
SHIPPED[10] = { ...SHIPPED[9], productChunks: '++key, *ids' };

const SELLING_TABLES = ['taxCategories', 'depositItems', 'priceLists', 'quantityBreaks', 'promotions', 'sellingSettings', 'refunds', 'loyaltyEntries'] as const;

function shapeOf(db: Dexie) {
  return Object.fromEntries(db.tables.map((t) => [t.name, [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)].join(', ')]));
}

test('a fresh till database has every table of the current version', async () => {
  const db = new TillDb(`tillsafe-schema-${uuidv7()}`);
  opened.push(db);
  await db.open();
  expect(db.verno).toBe(10);
  // Version 6: products keep only their primary key (the sell screen searches in memory);
  // version 8: sales by receipt number and customer; version 9: parked sales by status;
  // version 10: products in chunks, by the ids they hold.
  expect(shapeOf(db)).toEqual(SHIPPED[10]);
});

test.each(Object.keys(SHIPPED).map(Number))('a till on schema version %i upgrades with its outbox, sales and catalog intact', async (version) => {
  const name = `tillsafe-upgrade-${uuidv7()}`;
  const old = new Dexie(name);
  old.version(version).stores(SHIPPED[version]!);
  await old.open();
  const mutation = { id: uuidv7(), seq: 1, name: 'sale.complete', args: { any: 'payload' }, hlc: '1-0-x', actorId: uuidv7() };
  await old.table('outbox').add(mutation);
  await old.table('meta').put({ key: 'nextSeq', value: 2 });
  await old.table('sales').add({ id: 'sale-1', soldAt: '2026-11-20T10:00:00.000Z', receiptNo: 'CC-03-000007', total: 1299 });
  await old.table('products').add({ id: 'p-1', name: 'Rioja', barcodes: ['4006381333931'] });
  const tab = { id: uuidv7(), status: 'open', tableNo: '7', name: '' };
  const job = { id: uuidv7(), state: 'queued', printerId: 'printer-1', documentId: null, createdAt: '2026-11-20T10:00:00.000Z' };
  if (version >= 2) {
    await old.table('tabs').add(tab);
    await old.table('printJobs').add(job);
  }
  if (version >= 4) await old.table('priceLists').add({ id: 'list-1', kind: 'retail', customerId: null });
  // A version-10 till holds products in chunks too; its row of p-1 is newer than the chunk's copy.
  if (version >= 10) await old.table('productChunks').add({ ids: ['p-1', 'p-2'], rows: [{ id: 'p-1', name: 'Rioja (old)' }, { id: 'p-2', name: 'Malbec' }] });
  old.close();

  const db = new TillDb(name);
  opened.push(db);
  await db.open();
  expect(db.verno).toBe(10);
  expect(await db.outbox.toArray()).toEqual([mutation]);
  expect(await db.meta.get('nextSeq')).toEqual({ key: 'nextSeq', value: 2 });
  expect(await db.sales.count()).toBe(1);
  expect((await db.sales.where('receiptNo').equals('CC-03-000007').first())?.id).toBe('sale-1');
  expect((await db.products.get('p-1'))?.name).toBe('Rioja');
  // Products stored one per row stay there, and are what the product table reads.
  expect(await db.productChunks.count()).toBe(version === 10 ? 1 : 0);
  expect((await readProducts(db, ['p-1']))[0]?.name).toBe('Rioja');
  expect(await db.tabs.toArray()).toEqual(version >= 2 ? [tab] : []);
  expect(await db.printJobs.toArray()).toEqual(version >= 2 ? [job] : []);
  expect(await db.tabTickets.count()).toBe(0);
  // The selling tables start empty (the till's first protocol-2 pull fills them), or keep what a
  // version-4 till had pulled.
  for (const table of SELLING_TABLES) expect(await db.table(table).count()).toBe(version >= 4 && table === 'priceLists' ? 1 : 0);
  await db.refunds.add({ id: 'refund-1', saleId: 'sale-1' } as never);
  expect((await db.refunds.where('saleId').equals('sale-1').first())?.id).toBe('refund-1');
  // Parked sales start empty (the first protocol-3 pull fills them) and are found by status.
  expect(await db.drafts.count()).toBe(0);
  await db.drafts.add({ id: 'draft-1', status: 'parked' } as never);
  expect((await db.drafts.where('status').equals('parked').first())?.id).toBe('draft-1');
});
