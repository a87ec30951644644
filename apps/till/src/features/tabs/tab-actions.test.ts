import { MutationRejected, overflowTabId, type TabLineRecord } from '@tillsafe/sync';
import { afterEach, expect, test } from 'vitest';
import type { TillDb } from '../../db/till-db';
import { enrolment, lager, pairedDb } from '../../test-support/fixtures';
import { loadOpenTabs, loadTab } from './load-tabs';
import { addTabLine, closeTab, openTab, setLineNotes, setLineQty, voidTabLine } from './tab-actions';
import { viewTab } from './tab-view';

let db: TillDb | undefined;
afterEach(async () => {
  await db?.delete();
});

const bottle = lager.packs[0]!;
const products = new Map([[lager.id, lager]]);

test('a new tab and its lines are stored at once and each change waits in the outbox', async () => {
  db = await pairedDb();
  const tabId = await openTab(db, { tableNo: ' 7 ', name: '' });
  const { lineId } = await addTabLine(db, tabId, lager.id, bottle.id);
  await addTabLine(db, tabId, lager.id, lager.packs[1]!.id);
  await setLineQty(db, lineId, 3);
  await setLineNotes(db, lineId, ' no ice ');

  const open = await loadOpenTabs(db, enrolment.channelId);
  expect(open.tabs).toMatchObject([{ id: tabId, tableNo: '7', name: '', status: 'open' }]);
  expect(open.lines.find((l) => l.id === lineId)).toMatchObject({ qty: 3, notes: 'no ice', addedBy: enrolment.deviceId, voided: false });
  expect(open.tabs[0]).not.toHaveProperty('version');
  expect((await db.outbox.orderBy('seq').toArray()).map((m) => m.name)).toEqual(['tab.open', 'tab.addLine', 'tab.addLine', 'tab.updateLine', 'tab.updateLine']);
});

test('a voided line stays on the tab as a tombstone and leaves the total', async () => {
  db = await pairedDb();
  const tabId = await openTab(db, { tableNo: '', name: 'Sam' });
  const kept = await addTabLine(db, tabId, lager.id, bottle.id);
  const voided = await addTabLine(db, tabId, lager.id, bottle.id, 2);
  await voidTabLine(db, voided.lineId);
  const { tab, lines } = await loadTab(db, tabId);
  const view = viewTab(tab!, lines, products, enrolment.deviceId);
  expect(view.lines.map((l) => l.line.id)).toEqual([kept.lineId]);
  expect(view.voided.map((l) => l.line.id)).toEqual([voided.lineId]);
  expect(view.total).toBe(bottle.price);
});

test('lines another till added (arriving by pull) show on the tab, marked as from another till', async () => {
  db = await pairedDb();
  const tabId = await openTab(db, { tableNo: '7', name: '' });
  const pulled: TabLineRecord = {
    id: '0190a0e0-0000-7000-8000-0000000071ff',
    tabId,
    productId: lager.id,
    packId: bottle.id,
    qty: 2,
    notes: '',
    voided: false,
    addedBy: '0190a0e0-0000-7000-8000-00000000e002',
    movedFrom: null,
  };
  await db.tabLines.put(pulled);
  const { tab, lines } = await loadTab(db, tabId);
  expect(viewTab(tab!, lines, products, enrolment.deviceId).lines.map((l) => [l.line.qty, l.addedHere])).toEqual([[2, false]]);
});

test('a closed tab leaves the list; a line added to it lands on a flagged new tab for the same table', async () => {
  db = await pairedDb();
  const tabId = await openTab(db, { tableNo: '7', name: '' });
  await addTabLine(db, tabId, lager.id, bottle.id);
  await closeTab(db, tabId);
  expect((await loadOpenTabs(db, enrolment.channelId)).tabs).toEqual([]);

  // A till that still showed the tab open adds to it (here the close is already local).
  const late = await addTabLine(db, tabId, lager.id, bottle.id);
  expect(late.outcome).toMatchObject({ status: 'merged', code: 'MOVED_TO_NEW_TAB' });
  const open = await loadOpenTabs(db, enrolment.channelId);
  expect(open.tabs).toMatchObject([{ id: overflowTabId(tabId), tableNo: '7', movedFrom: tabId, status: 'open' }]);
  expect(open.lines).toMatchObject([{ id: late.lineId, movedFrom: tabId }]);

  const closed = await loadTab(db, tabId);
  expect(closed.tab?.status).toBe('closed');
  expect(closed.overflow?.id).toBe(overflowTabId(tabId));
  expect((await loadTab(db, overflowTabId(tabId))).origin?.id).toBe(tabId);
});

test('only the tabs of the till’s own channel are listed', async () => {
  db = await pairedDb();
  await openTab(db, { tableNo: '1', name: '' });
  const row = (await db.tabs.toArray())[0]!;
  await db.tabs.put({ ...row, id: '0190a0e0-0000-7000-8000-000000007999', channelId: '0190a0e0-0000-7000-8000-00000000c002' });
  expect((await loadOpenTabs(db, enrolment.channelId)).tabs.map((t) => t.id)).toEqual([row.id]);
});

test('a line for a product the till does not know is refused and nothing is stored', async () => {
  db = await pairedDb();
  const tabId = await openTab(db, { tableNo: '7', name: '' });
  await expect(addTabLine(db, tabId, '0190a0e0-0000-7000-8000-000000000bad', bottle.id)).rejects.toThrow(MutationRejected);
  expect(await db.tabLines.count()).toBe(0);
  expect(await db.outbox.count()).toBe(1);
});
