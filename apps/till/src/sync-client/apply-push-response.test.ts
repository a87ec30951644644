import { afterEach, describe, expect, test } from 'vitest';
import { overflowTabId, type Mutation, type TabRecord } from '@tillsafe/sync';
import { getMeta, setMeta } from '../db/meta';
import type { TillDb } from '../db/till-db';
import { completeCashSale } from '../features/payment/complete-cash-sale';
import { cashier, channel, freshDb, lager, pairedDb } from '../test-support/fixtures';
import { applyPullPage } from './apply-pull-page';
import { applyPushResponse } from './apply-push-response';
import { commitMutation } from './commit-mutation';

let db: TillDb | undefined;
afterEach(async () => {
  await db?.delete();
});

function mutation(seq: number): Mutation {
  return { id: `0190a0e0-0000-7000-8000-${seq.toString().padStart(12, '0')}`, seq, name: 'sale.complete', args: { n: seq }, hlc: `000001700000000-0000${seq}-dev`, actorId: cashier.id };
}

test('the outbox is trimmed to the server lastSeq and a rejected mutation is kept with its reason', async () => {
  db = freshDb();
  const sent = [1, 2, 3, 4].map(mutation);
  await db.outbox.bulkAdd(sent);
  const result = await applyPushResponse(db, { mutations: sent.slice(0, 3), pullCursor: undefined }, {
    lastSeq: 3,
    results: [
      { id: sent[0]!.id, seq: 1, status: 'applied' },
      { id: sent[1]!.id, seq: 2, status: 'rejected', code: 'UNKNOWN_PRODUCT', message: 'Product x is not in the catalog.' },
      { id: sent[2]!.id, seq: 3, status: 'duplicate' },
    ],
  }, new Date('2026-11-20T10:00:00.000Z'));

  expect(result.trimmed).toBe(3);
  expect((await db.outbox.toArray()).map((m) => m.seq)).toEqual([4]);
  expect(await db.rejections.toArray()).toEqual([
    { id: sent[1]!.id, seq: 2, code: 'UNKNOWN_PRODUCT', message: 'Product x is not in the catalog.', mutation: sent[1], rejectedAt: '2026-11-20T10:00:00.000Z' },
  ]);
});

test('results past lastSeq leave their mutations in the outbox for the next push', async () => {
  db = freshDb();
  const sent = [1, 2].map(mutation);
  await db.outbox.bulkAdd(sent);
  await applyPushResponse(db, { mutations: sent, pullCursor: undefined }, { lastSeq: 1, results: [{ id: sent[0]!.id, seq: 1, status: 'applied' }, { id: sent[1]!.id, seq: 2, status: 'rejected', code: 'X' }] });
  expect((await db.outbox.toArray()).map((m) => m.seq)).toEqual([2]);
  expect(await db.rejections.count()).toBe(0);
});

describe('a rejected mutation is undone on the till', () => {
  const tabId = '0190a0e0-0000-7000-8000-0000000ab001';
  const openTab: TabRecord = { id: tabId, channelId: channel.id, name: 'Window', tableNo: '4', status: 'open', openedAt: '2026-11-20T09:30:00.000Z', closedAt: null, saleId: null, movedFrom: null };
  const serverTab = { entity: 'tab', id: tabId, version: { server: 3 }, fields: {}, op: 'put', data: openTab } as const;
  const manager = { ...cashier, id: '0190a0e0-0000-7000-8000-00000000f002', name: 'Marcus Reid', role: 'manager' as const };
  const refused = (m: Mutation, code = 'FORBIDDEN') => ({ id: m.id, seq: m.seq, status: 'rejected' as const, code, message: 'A driver may not tab.manage.' });

  test('a refused sale leaves the till: its sale and stock entries go, its rejection stays for a person', async () => {
    db = await pairedDb();
    const sale = await completeCashSale(db, { lines: [{ productId: lager.id, packId: lager.packs[0]!.id, qty: 2 }], tendered: 500, clientTotal: 500 });
    const sent = await db.outbox.toArray();
    const result = await applyPushResponse(db, { mutations: sent, pullCursor: undefined }, {
      lastSeq: 1,
      results: [refused(sent[0]!, 'UNKNOWN_ACTOR')],
      corrections: [{ entity: 'sale', id: sale.id, version: {}, op: 'delete', data: null }],
    });
    expect(result).toMatchObject({ trimmed: 1, corrected: 1, rewound: false });
    expect(await db.sales.get(sale.id)).toBeUndefined();
    expect(await db.stockMovements.where('refId').equals(sale.id).count()).toBe(0);
    expect((await db.rejections.toArray()).map((r) => [r.seq, r.code, r.mutation.name])).toEqual([[1, 'UNKNOWN_ACTOR', 'sale.complete']]);
    expect(await db.outbox.count()).toBe(0);
  });

  test('a refused close reopens the tab on the till and takes back the overflow tab the till opened for a later line', async () => {
    db = await pairedDb();
    await applyPullPage(db, { cursor: 'c-1', hasMore: false, lastSeq: 0, changes: [serverTab] });
    await commitMutation(db, 'tab.close', { tabId, saleId: null });
    const added = await commitMutation(db, 'tab.addLine', { tabId, lineId: '0190a0e0-0000-7000-8000-0000000ab0a1', productId: lager.id, packId: lager.packs[0]!.id, qty: 1 });
    expect(added.outcome).toMatchObject({ code: 'MOVED_TO_NEW_TAB' });
    expect(await db.tabs.get(overflowTabId(tabId))).toMatchObject({ status: 'open', movedFrom: tabId });

    const close = (await db.outbox.get(1))!;
    const result = await applyPushResponse(db, { mutations: [close], pullCursor: 'c-1' }, {
      lastSeq: 1,
      results: [refused(close)],
      corrections: [serverTab, { entity: 'tab', id: overflowTabId(tabId), version: {}, op: 'delete', data: null }],
    });
    expect(result).toMatchObject({ trimmed: 1, corrected: 2, rewound: false });
    expect((await db.tabs.toArray()).map((t) => [t.id, t.status])).toEqual([[tabId, 'open']]);
    // The line is still to be pushed; the server puts it on the open tab and the next pull shows it there.
    expect((await db.outbox.toArray()).map((m) => m.name)).toEqual(['tab.addLine']);
    expect((await db.rejections.toArray()).map((r) => r.mutation.name)).toEqual(['tab.close']);
    expect(await getMeta(db, 'pullCursor')).toBe('c-1');
  });

  test('a refused rename is undone and a price change still pending after it is replayed on the server’s product', async () => {
    db = await pairedDb();
    await db.staff.put(manager);
    await setMeta(db, 'session', { staffId: manager.id, signedInAt: '2026-11-20T09:00:00.000Z' });
    const serverLager = { entity: 'product', id: lager.id, version: { server: 7 }, fields: {}, op: 'put', data: lager } as const;
    await applyPullPage(db, { cursor: 'c-1', hasMore: false, lastSeq: 0, changes: [serverLager] });
    await commitMutation(db, 'product.update', { productId: lager.id, patch: { name: 'Bargain Lager' } });
    const dearer = lager.packs.map((p, i) => (i === 0 ? { ...p, price: 275 } : p));
    await commitMutation(db, 'product.update', { productId: lager.id, patch: { packs: dearer } });
    expect(await db.products.get(lager.id)).toMatchObject({ name: 'Bargain Lager', packs: dearer });

    const rename = (await db.outbox.get(1))!;
    await applyPushResponse(db, { mutations: [rename], pullCursor: 'c-1' }, { lastSeq: 1, results: [refused(rename)], corrections: [serverLager] });
    expect(await db.products.get(lager.id)).toMatchObject({ name: lager.name, packs: dearer });
    expect((await db.outbox.toArray()).map((m) => m.seq)).toEqual([2]);
  });

  test('when a pull stored newer records while the answer was on its way, the cursor goes back to where the push left from', async () => {
    db = await pairedDb();
    await applyPullPage(db, { cursor: 'c-1', hasMore: false, lastSeq: 0, changes: [serverTab] });
    await commitMutation(db, 'tab.close', { tabId, saleId: null });
    const close = (await db.outbox.get(1))!;
    await applyPullPage(db, { cursor: 'c-2', hasMore: false, lastSeq: 0, changes: [{ ...serverTab, version: { server: 4 }, data: { ...openTab, name: 'Window seat' } }] });
    const result = await applyPushResponse(db, { mutations: [close], pullCursor: 'c-1' }, { lastSeq: 1, results: [refused(close)], corrections: [serverTab] });
    expect(result).toMatchObject({ corrected: 1, rewound: true });
    expect(await db.tabs.get(tabId)).toMatchObject({ status: 'open' });
    expect(await getMeta(db, 'pullCursor')).toBe('c-1');
  });

  test('corrections of protocol-2 selling records are stored like the rest', async () => {
    db = await pairedDb();
    await commitMutation(db, 'tab.open', { tabId, name: 'Window', tableNo: '4' });
    const open = (await db.outbox.get(1))!;
    const result = await applyPushResponse(db, { mutations: [open], pullCursor: undefined }, {
      lastSeq: 1,
      results: [refused(open)],
      corrections: [
        { entity: 'tab', id: tabId, version: {}, op: 'delete', data: null },
        { entity: 'refund', id: '0190a0e0-0000-7000-8000-0000000ab0f1', version: {}, op: 'delete', data: null },
      ],
    });
    expect(result).toMatchObject({ corrected: 2, rewound: false });
    expect(await db.tabs.count()).toBe(0);
  });
});
