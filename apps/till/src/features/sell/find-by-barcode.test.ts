import { afterEach, expect, test } from 'vitest';
import { toProductRow } from '../../db/rows';
import type { TillDb } from '../../db/till-db';
import { freshDb, lager } from '../../test-support/fixtures';
import { findByBarcode } from './find-by-barcode';

let db: TillDb | undefined;
afterEach(async () => {
  await db?.delete();
});

test('a scanned barcode finds the pack it is printed on, not just the product', async () => {
  db = freshDb();
  await db.products.put(toProductRow(lager));
  expect((await findByBarcode(db, '4006381333948'))?.pack.name).toBe('6-pack');
  expect((await findByBarcode(db, ' 4006381333931\n'))?.pack.name).toBe('Bottle');
  expect(await findByBarcode(db, '9999999999999')).toBeUndefined();
});

test('an inactive product does not scan', async () => {
  db = freshDb();
  await db.products.put(toProductRow({ ...lager, active: false }));
  expect(await findByBarcode(db, '4006381333948')).toBeUndefined();
});
