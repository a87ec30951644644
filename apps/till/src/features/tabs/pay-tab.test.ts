import { afterEach, expect, test } from 'vitest';
import { getMeta } from '../../db/meta';
import type { TillDb } from '../../db/till-db';
import { lager, pairedDb } from '../../test-support/fixtures';
import { payTabInCash, TabPaymentError } from './pay-tab';
import { addTabLine, closeTab, openTab, voidTabLine } from './tab-actions';

let db: TillDb | undefined;
afterEach(async () => {
  await db?.delete();
});

const bottle = lager.packs[0]!;
const sixPack = lager.packs[1]!;

test('paying a tab stores the sale of its lines and closes the tab with that sale, in one go', async () => {
  db = await pairedDb();
  const tabId = await openTab(db, { tableNo: '7', name: '' });
  await addTabLine(db, tabId, lager.id, bottle.id, 2);
  await addTabLine(db, tabId, lager.id, sixPack.id);
  const voided = await addTabLine(db, tabId, lager.id, sixPack.id);
  await voidTabLine(db, voided.lineId);

  const total = 2 * bottle.price + sixPack.price;
  const sale = await payTabInCash(db, { tabId, tendered: 2000, shownTotal: total });
  expect(sale).toMatchObject({ total, change: 2000 - total, receiptNo: 'CC-03-000001' });
  expect(sale.lines.map((l) => [l.packId, l.qty])).toEqual([
    [bottle.id, 2],
    [sixPack.id, 1],
  ]);
  expect(await db.tabs.get(tabId)).toMatchObject({ status: 'closed', saleId: sale.id });
  const outbox = await db.outbox.orderBy('seq').toArray();
  expect(outbox.slice(-2).map((m) => [m.name, m.args])).toEqual([
    ['sale.complete', expect.objectContaining({ saleId: sale.id })],
    ['tab.close', { tabId, saleId: sale.id }],
  ]);
});

test('a tab that changed since its total was shown is not charged, and nothing is stored', async () => {
  db = await pairedDb();
  const tabId = await openTab(db, { tableNo: '7', name: '' });
  await addTabLine(db, tabId, lager.id, bottle.id);
  await addTabLine(db, tabId, lager.id, bottle.id); // another round arrived after the guest saw one
  const before = await db.outbox.count();
  await expect(payTabInCash(db, { tabId, tendered: 500, shownTotal: bottle.price })).rejects.toMatchObject({ code: 'TAB_CHANGED' });
  expect(await db.sales.count()).toBe(0);
  expect(await db.outbox.count()).toBe(before);
  expect(await getMeta(db, 'receiptCounter')).toBeUndefined();
  expect((await db.tabs.get(tabId))?.status).toBe('open');
});

test('a tab already closed, or with nothing on it, cannot be paid', async () => {
  db = await pairedDb();
  const empty = await openTab(db, { tableNo: '8', name: '' });
  await expect(payTabInCash(db, { tabId: empty, tendered: 500, shownTotal: 0 })).rejects.toMatchObject({ code: 'TAB_EMPTY' });
  const closed = await openTab(db, { tableNo: '9', name: '' });
  await addTabLine(db, closed, lager.id, bottle.id);
  await closeTab(db, closed);
  await expect(payTabInCash(db, { tabId: closed, tendered: 500, shownTotal: bottle.price })).rejects.toBeInstanceOf(TabPaymentError);
  expect(await db.sales.count()).toBe(0);
});
