import { afterEach, expect, test } from 'vitest';
import type { Mutation } from '@tillsafe/sync';
import { cashier, enrolment, freshDb } from '../test-support/fixtures';
import { draftRow, id, refundRow, saleRow, tabLineRow, tabRow } from '../test-support/history-fixtures';
import { getMeta, setMeta } from './meta';
import { MAX_DROPPED_PER_RUN, pruneHistory } from './prune-history';
import type { TillDb } from './till-db';

let db: TillDb | undefined;
afterEach(async () => {
  await db?.delete();
});

const HOUR_MS = 60 * 60 * 1000;
const now = new Date('2026-11-20T12:00:00.000Z');
/** 90 days before `now`: the oldest finished business the server still sends. */
const cutoff = new Date('2026-08-22T12:00:00.000Z');
const minutesFrom = (at: Date, minutes: number) => new Date(at.getTime() + minutes * 60_000).toISOString();
const longAgo = '2025-12-01T18:00:00.000Z';
const lastWeek = '2026-11-13T18:00:00.000Z';

const sales = { old: id(0x5a1), justOut: id(0x5a2), justIn: id(0x5a3), recent: id(0x5a4) };
const refunds = { ofOld1: id(0x7f1), ofOld2: id(0x7f2), ofRecent: id(0x7f3) };
const tabs = { oldClosed: id(0x7a1), recentClosed: id(0x7a2), oldOpen: id(0x7a3) };
const lines = { oldClosed1: id(0x711), oldClosed2: id(0x712), recentClosed: id(0x721), oldOpen: id(0x731) };
const drafts = { oldResumed: id(0xdf1), oldDiscarded: id(0xdf2), recentDiscarded: id(0xdf3), oldParked: id(0xdf4) };

/** A till holding a year of finished business, and the server's 90-day window. */
async function tillWithHistory(): Promise<TillDb> {
  const till = freshDb();
  await Promise.all([
    setMeta(till, 'historyDays', 90),
    till.sales.bulkPut([saleRow(sales.old, longAgo), saleRow(sales.justOut, minutesFrom(cutoff, -1)), saleRow(sales.justIn, minutesFrom(cutoff, 1)), saleRow(sales.recent, lastWeek)]),
    till.refunds.bulkPut([refundRow(refunds.ofOld1, sales.old, longAgo), refundRow(refunds.ofOld2, sales.old, lastWeek), refundRow(refunds.ofRecent, sales.recent, lastWeek)]),
    till.tabs.bulkPut([tabRow(tabs.oldClosed, longAgo, longAgo), tabRow(tabs.recentClosed, longAgo, lastWeek), tabRow(tabs.oldOpen, longAgo, null)]),
    till.tabLines.bulkPut([tabLineRow(lines.oldClosed1, tabs.oldClosed), tabLineRow(lines.oldClosed2, tabs.oldClosed), tabLineRow(lines.recentClosed, tabs.recentClosed), tabLineRow(lines.oldOpen, tabs.oldOpen)]),
    till.drafts.bulkPut([
      draftRow(drafts.oldResumed, longAgo, { status: 'resumed', at: longAgo }),
      draftRow(drafts.oldDiscarded, longAgo, { status: 'discarded', at: minutesFrom(cutoff, -1) }),
      draftRow(drafts.recentDiscarded, longAgo, { status: 'discarded', at: lastWeek }),
      draftRow(drafts.oldParked, longAgo),
    ]),
  ]);
  return till;
}

/** The ids each table still holds, sorted. */
async function held(till: TillDb) {
  const keys = async (table: { toCollection(): { primaryKeys(): Promise<unknown[]> } }) => ((await table.toCollection().primaryKeys()) as string[]).sort();
  return {
    sales: await keys(till.sales),
    refunds: await keys(till.refunds),
    tabs: await keys(till.tabs),
    tabLines: await keys(till.tabLines),
    drafts: await keys(till.drafts),
  };
}

const pending: Mutation = { id: id(0x0b1), seq: 1, name: 'tab.open', args: { tabId: id(0x7b1), name: '', tableNo: '3' }, hlc: `${now.getTime()}-00000-${enrolment.deviceId}`, actorId: cashier.id };

test('drops the sales, closed tabs and taken-back parked sales older than the window, with their refunds and lines; keeps the recent and what is still going on', async () => {
  db = await tillWithHistory();

  expect(await pruneHistory(db, now)).toEqual({ sales: 2, refunds: 2, tabs: 1, tabLines: 2, drafts: 2 });
  expect(await held(db)).toEqual({
    sales: [sales.justIn, sales.recent].sort(),
    refunds: [refunds.ofRecent],
    tabs: [tabs.recentClosed, tabs.oldOpen].sort(),
    tabLines: [lines.recentClosed, lines.oldOpen].sort(),
    drafts: [drafts.recentDiscarded, drafts.oldParked].sort(),
  });
  expect(await getMeta(db, 'historyPrunedAt')).toBe(now.toISOString());
});

test('nothing is dropped while the outbox holds a change, and that skipped run does not hold the next one back', async () => {
  db = await tillWithHistory();
  await db.outbox.put(pending);
  const before = await held(db);

  expect(await pruneHistory(db, now)).toBeUndefined();
  expect(await held(db)).toEqual(before);
  expect(await getMeta(db, 'historyPrunedAt')).toBeUndefined();

  await db.outbox.clear();
  expect(await pruneHistory(db, now)).toEqual({ sales: 2, refunds: 2, tabs: 1, tabLines: 2, drafts: 2 });
  expect((await held(db)).sales).toEqual([sales.justIn, sales.recent].sort());
  expect(await getMeta(db, 'historyPrunedAt')).toBe(now.toISOString());
});

test('a second run within a day drops nothing; a day after the first it runs again', async () => {
  db = await tillWithHistory();
  await pruneHistory(db, now);
  const later = id(0x5a9);
  await db.sales.put(saleRow(later, longAgo));

  expect(await pruneHistory(db, new Date(now.getTime() + 23 * HOUR_MS))).toBeUndefined();
  expect(await db.sales.get(later)).toBeDefined();

  // The window has moved on a day too: the sale sold a minute inside it the day before goes as well.
  expect(await pruneHistory(db, new Date(now.getTime() + 24 * HOUR_MS))).toEqual({ sales: 2, refunds: 0, tabs: 0, tabLines: 0, drafts: 0 });
  expect((await held(db)).sales).toEqual([sales.recent]);
});

test('a till holding more old sales than one run drops goes on at the next pull, the same day', async () => {
  db = freshDb();
  const old = Array.from({ length: MAX_DROPPED_PER_RUN + 5 }, (_, i) => saleRow(id(0x10000 + i), longAgo));
  await Promise.all([setMeta(db, 'historyDays', 90), db.sales.bulkPut([...old, saleRow(sales.recent, lastWeek)])]);

  expect(await pruneHistory(db, now)).toEqual({ sales: MAX_DROPPED_PER_RUN, refunds: 0, tabs: 0, tabLines: 0, drafts: 0 });
  expect(await getMeta(db, 'historyPrunedAt')).toBeUndefined();
  expect(await pruneHistory(db, now)).toEqual({ sales: 5, refunds: 0, tabs: 0, tabLines: 0, drafts: 0 });
  expect(await getMeta(db, 'historyPrunedAt')).toBe(now.toISOString());
  expect((await held(db)).sales).toEqual([sales.recent]);
});

test('a till whose server never said its window (an older server) keeps everything', async () => {
  db = await tillWithHistory();
  await db.meta.delete('historyDays');
  const before = await held(db);

  expect(await pruneHistory(db, now)).toBeUndefined();
  expect(await held(db)).toEqual(before);
  expect(await getMeta(db, 'historyPrunedAt')).toBeUndefined();
});

test('what a rejected mutation names stays while the rejection waits for a person, and so does the tab of a named line', async () => {
  db = await tillWithHistory();
  const rejected = (seq: number, name: string, args: unknown) => ({
    id: id(0x0c0 + seq),
    seq,
    code: 'REFUSED',
    message: 'Refused.',
    mutation: { ...pending, id: id(0x0c0 + seq), seq, name, args },
    rejectedAt: lastWeek,
  });
  await db.rejections.bulkPut([
    rejected(1, 'refund.create', { refundId: id(0x7f9), saleId: sales.old, lines: [{ lineId: id(0x11), qty: 1 }] }),
    rejected(2, 'tab.voidLine', { lineId: lines.oldClosed1 }),
    rejected(3, 'draft.resume', { draftId: drafts.oldResumed }),
  ]);

  expect(await pruneHistory(db, now)).toEqual({ sales: 1, refunds: 0, tabs: 0, tabLines: 0, drafts: 1 });
  expect(await held(db)).toEqual({
    sales: [sales.old, sales.justIn, sales.recent].sort(),
    refunds: [refunds.ofOld1, refunds.ofOld2, refunds.ofRecent].sort(),
    tabs: [tabs.oldClosed, tabs.recentClosed, tabs.oldOpen].sort(),
    tabLines: [lines.oldClosed1, lines.oldClosed2, lines.recentClosed, lines.oldOpen].sort(),
    drafts: [drafts.oldResumed, drafts.recentDiscarded, drafts.oldParked].sort(),
  });
});
