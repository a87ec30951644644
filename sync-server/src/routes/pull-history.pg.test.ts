import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { inArray, sql } from 'drizzle-orm';
import { pullResponseV2Schema, uuidv7, type EnrollResponse, type Mutation } from '@tillsafe/sync';
import { drafts, sales, tabs } from '../db/schema';
import { refunds } from '../db/selling-schema';
import { saleArgs } from '../testing/sale-args';
import { unrestricted } from '../testing/sale-v2-args';
import { DRIVERS, enrollTill, envelope, pullAllChanges, push, startTestServer, type TestServer } from '../testing/test-server';

const DAY_MS = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS);

/**
 * A till is sent the last TILL_HISTORY_DAYS of finished business (90 by default): older sales
 * with their older refunds, tabs closed and parked sales closed longer ago stay on the server. A
 * refund recorded in the window goes whatever its sale's age. Open tabs and parked sales go
 * however old they are.
 */
describe.each(DRIVERS)('the history a till pulls on %s', (kind) => {
  let server: TestServer;
  let wide: TestServer;
  /** What till A made, each in two: `old` is aged past the window below, `recent` is not. */
  const made = { sale: { old: '', recent: '' }, refund: { old: '', recent: '', late: '' }, tab: { closedOld: '', openOld: '' }, tabLine: { closedOld: '', openOld: '' }, draft: { closedOld: '', parkedOld: '' } };

  async function makeHistory(target: TestServer) {
    const till = await enrollTill(target);
    const [oldSale, recentSale] = [saleArgs(till, { offset: 0, lines: 2 }), saleArgs(till, { offset: 2, lines: 1 })];
    const refundOf = (sale: typeof oldSale, line = 0) => ({ refundId: uuidv7(), saleId: sale.saleId, lines: [{ lineId: sale.lines[line]!.lineId, qty: 1, disposition: 'restock' }], to: 'cash', withReceipt: true, refundedAt: new Date().toISOString() });
    const [oldRefund, recentRefund, lateRefund] = [refundOf(oldSale), refundOf(recentSale), refundOf(oldSale, 1)];
    const [closedTab, openTab, closedLine, openLine] = [uuidv7(), uuidv7(), uuidv7(), uuidv7()];
    const product = unrestricted[0]!;
    const line = (tabId: string, lineId: string) => ({ tabId, lineId, productId: product.id, packId: product.packs[0]!.id, qty: 1 });
    const draft = (label: string) => ({ draftId: uuidv7(), label, lines: [{ lineId: uuidv7(), productId: product.id, packId: product.packs[0]!.id, qty: 1, notes: '', manualDiscount: null }], cartDiscount: null, customerId: null, parkedAt: new Date().toISOString() });
    const [closedDraft, parkedDraft] = [draft('Taken back'), draft('Still parked')];
    const mutations: Mutation[] = [
      envelope(1, 'sale.complete', oldSale),
      envelope(2, 'sale.complete', recentSale),
      envelope(3, 'refund.create', oldRefund),
      envelope(4, 'refund.create', recentRefund),
      envelope(5, 'tab.open', { tabId: closedTab, name: 'Closed long ago', tableNo: '1' }),
      envelope(6, 'tab.addLine', line(closedTab, closedLine)),
      envelope(7, 'tab.close', { tabId: closedTab, saleId: null }),
      envelope(8, 'tab.open', { tabId: openTab, name: 'Opened long ago', tableNo: '2' }),
      envelope(9, 'tab.addLine', line(openTab, openLine)),
      envelope(10, 'draft.park', closedDraft),
      envelope(11, 'draft.discard', { draftId: closedDraft.draftId }),
      envelope(12, 'draft.park', parkedDraft),
      envelope(13, 'refund.create', lateRefund),
    ];
    const res = await push(target, till, mutations);
    expect(res.status).toBe(200);
    expect((res.body as { results: { status: string; code?: string }[] }).results.map((r) => r.code ?? r.status)).toEqual(mutations.map(() => 'applied'));
    // Aged by hand: 200 days ago the old sale was sold, the old tab closed and the draft discarded;
    // the open tab and the parked sale date from then too.
    const db = target.database.db;
    await db.update(sales).set({ soldAt: daysAgo(200) }).where(inArray(sales.id, [oldSale.saleId]));
    // The old sale's first refund was made then too; its second one today (lateRefund).
    await db.update(refunds).set({ recordedAt: daysAgo(199) }).where(inArray(refunds.id, [oldRefund.refundId]));
    await db.update(tabs).set({ openedAt: daysAgo(201), closedAt: sql`case when ${tabs.status} = 'closed' then ${daysAgo(200).toISOString()}::timestamptz end` }).where(inArray(tabs.id, [closedTab, openTab]));
    await db.update(drafts).set({ parkedAt: daysAgo(201), closedAt: sql`case when ${drafts.status} = 'parked' then null else ${daysAgo(200).toISOString()}::timestamptz end` }).where(inArray(drafts.id, [closedDraft.draftId, parkedDraft.draftId]));
    Object.assign(made, {
      sale: { old: oldSale.saleId, recent: recentSale.saleId },
      refund: { old: oldRefund.refundId, recent: recentRefund.refundId, late: lateRefund.refundId },
      tab: { closedOld: closedTab, openOld: openTab },
      tabLine: { closedOld: closedLine, openOld: openLine },
      draft: { closedOld: closedDraft.draftId, parkedOld: parkedDraft.draftId },
    });
  }

  beforeAll(async () => {
    [server, wide] = await Promise.all([startTestServer(kind), startTestServer(kind, { tillHistoryDays: 365 })]);
  });
  afterAll(() => Promise.all([server.close(), wide.close()]));

  /** The ids of each entity a fresh till of the store pulls. */
  async function pulledIds(target: TestServer, till: EnrollResponse) {
    const changes = await pullAllChanges(target, till, 3);
    const ids = (entity: string) => changes.filter((c) => c.entity === entity && c.op === 'put').map((c) => c.id);
    return { sale: ids('sale'), refund: ids('refund'), tab: ids('tab'), tabLine: ids('tabLine'), draft: ids('draft') };
  }

  test('a fresh till gets recent sales and refunds, open tabs and parked sales however old, and nothing finished before the window', async () => {
    await makeHistory(server);
    const pulled = await pulledIds(server, await enrollTill(server));
    expect(pulled.sale).toContain(made.sale.recent);
    expect(pulled.sale).not.toContain(made.sale.old);
    expect(pulled.refund).toContain(made.refund.recent);
    expect(pulled.refund).not.toContain(made.refund.old);
    // Recorded today, so a till still holding the old sale hears of it.
    expect(pulled.refund).toContain(made.refund.late);
    expect(pulled.tab).toContain(made.tab.openOld);
    expect(pulled.tab).not.toContain(made.tab.closedOld);
    expect(pulled.tabLine).toContain(made.tabLine.openOld);
    expect(pulled.tabLine).not.toContain(made.tabLine.closedOld);
    expect(pulled.draft).toContain(made.draft.parkedOld);
    expect(pulled.draft).not.toContain(made.draft.closedOld);
  });

  test('every page tells the till the window, and the cursor still moves past what it leaves out', async () => {
    const till = await enrollTill(server);
    let cursor = '';
    for (let pages = 0; pages < 100; pages++) {
      const res = await server.app.request(`/api/v1/sync/pull?limit=50&protocolVersion=3${cursor ? `&cursor=${cursor}` : ''}`, { headers: { authorization: `Bearer ${till.deviceToken}` } });
      const page = pullResponseV2Schema.parse(await res.json());
      expect(page.historyDays).toBe(90);
      if (!page.hasMore) {
        // Nothing is left to pull: the next page from the last cursor is empty and says so.
        const after = pullResponseV2Schema.parse(await (await server.app.request(`/api/v1/sync/pull?limit=50&protocolVersion=3&cursor=${page.cursor}`, { headers: { authorization: `Bearer ${till.deviceToken}` } })).json());
        expect(after).toMatchObject({ changes: [], hasMore: false, cursor: page.cursor });
        return;
      }
      cursor = page.cursor;
    }
    throw new Error('the pull did not end within 100 pages');
  });

  test('a server keeping a year of history (TILL_HISTORY_DAYS=365) sends the 200-day-old sale, its refund, tab and parked sale', async () => {
    await makeHistory(wide);
    const till = await enrollTill(wide);
    const pulled = await pulledIds(wide, till);
    expect(pulled.sale).toEqual(expect.arrayContaining([made.sale.old, made.sale.recent]));
    expect(pulled.refund).toEqual(expect.arrayContaining([made.refund.old, made.refund.recent, made.refund.late]));
    expect(pulled.tab).toEqual(expect.arrayContaining([made.tab.closedOld, made.tab.openOld]));
    expect(pulled.tabLine).toEqual(expect.arrayContaining([made.tabLine.closedOld, made.tabLine.openOld]));
    expect(pulled.draft).toEqual(expect.arrayContaining([made.draft.closedOld, made.draft.parkedOld]));
    const res = await wide.app.request('/api/v1/sync/pull?limit=5&protocolVersion=3', { headers: { authorization: `Bearer ${till.deviceToken}` } });
    expect(pullResponseV2Schema.parse(await res.json()).historyDays).toBe(365);
  });
});
