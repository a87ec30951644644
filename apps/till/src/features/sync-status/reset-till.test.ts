import { afterEach, expect, test } from 'vitest';
import { lager, pairedDb } from '../../test-support/fixtures';
import { getMeta } from '../../db/meta';
import { TillDb } from '../../db/till-db';
import { completeCashSale } from '../payment/complete-cash-sale';
import { wipeTillDatabase } from './reset-till';

let reopened: TillDb | undefined;
afterEach(async () => {
  await reopened?.delete();
});

test('a reset deletes the enrolment, its token, the catalog, sales and outbox: the till opens unpaired', async () => {
  const db = await pairedDb();
  await completeCashSale(db, { lines: [{ productId: lager.id, packId: lager.packs[0]!.id, qty: 1 }], tendered: 250, clientTotal: 250 });

  await wipeTillDatabase(db);

  reopened = new TillDb(db.name);
  expect(await getMeta(reopened, 'enrolment')).toBeUndefined();
  expect(await reopened.meta.count()).toBe(0);
  expect(await reopened.products.count()).toBe(0);
  expect(await reopened.sales.count()).toBe(0);
  expect(await reopened.outbox.count()).toBe(0);
});
