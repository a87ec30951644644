import 'fake-indexeddb/auto';
import { afterEach, expect, test } from 'vitest';
import { uuidv7 } from '@tillsafe/sync';
import { TillDb } from './till-db';

let db: TillDb | undefined;
afterEach(async () => {
  await db?.delete();
});

/**
 * Version 1 is in the field: tills hold data in exactly these tables and indexes. A schema change
 * is a new version with an upgrade step and its own test, never an edit of this one.
 */
test('schema version 1 keeps the tables and indexes shipped tills already have', async () => {
  db = new TillDb(`tillsafe-schema-${uuidv7()}`);
  await db.open();
  expect(db.verno).toBe(1);
  const shape = Object.fromEntries(db.tables.map((t) => [t.name, [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)]]));
  expect(shape).toEqual({
    meta: ['key'],
    channels: ['id'],
    warehouses: ['id', 'channelId'],
    categories: ['id', 'sort'],
    products: ['id', 'categoryId', 'name', '*barcodes', 'sku'],
    staff: ['id', 'name'],
    sales: ['id', 'soldAt'],
    stockMovements: ['id', 'productId', 'refId'],
    outbox: ['seq'],
    rejections: ['id', 'seq'],
  });
});
