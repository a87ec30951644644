import { describe, expect, test } from 'vitest';
import { formatHlc } from './hlc';
import { MemoryRecordStore } from './memory-store';
import { MutationRejected, type MutatorContext } from './mutator';
import { mutationReads, runMutation } from './mutators';
import { OverlayTx } from './overlay-tx';
import { recordKey } from './record-store';
import type { TabRecord } from './records';
import { overflowTabId } from './tab-mutators';
import { beer, context, seededStore } from './test-fixtures';
import type { VersionVector } from './wire';

const tillA = '0190a0e0-0000-7000-8000-00000000e00a';
const tillB = '0190a0e0-0000-7000-8000-00000000e00b';
const tillC = '0190a0e0-0000-7000-8000-00000000e00c';
const tabId = '0190a0e0-0000-7000-8000-00000000ab01';
const lineId = (n: number) => `0190a0e0-0000-7000-8000-0000000011${n.toString().padStart(2, '0')}`;

/** One device's mutations: its own seq counter and an HLC that moves forward with each. */
function device(deviceId: string, wall: number) {
  let seq = 0;
  return (overrides: Partial<MutatorContext> = {}): MutatorContext => {
    seq += 1;
    return context({ deviceId, seq, hlc: formatHlc({ wall: wall + seq, counter: 0, node: deviceId }), actorRole: 'bartender', ...overrides });
  };
}

/**
 * Runs one mutation as a till does: unless the context names a `base`, it is the versions the
 * store holds of the records the mutation reads.
 */
async function run(store: MemoryRecordStore, name: string, args: unknown, ctx: MutatorContext) {
  const tx = new OverlayTx(store);
  let base = ctx.base;
  if (!base) {
    base = {};
    for (const ref of mutationReads({ name, args }, ctx)) {
      const found = await tx.get(ref.entity, ref.id);
      if (found) base[recordKey(ref.entity, ref.id)] = found.meta.version;
    }
  }
  const outcome = await runMutation(tx, { name, args }, { ...ctx, base });
  const writes = await tx.flush();
  return { outcome, conflicts: writes.conflicts };
}

/** The versions a till holding `store` now would send as `base` for a line. */
const seenLine = (store: MemoryRecordStore, n: number): Record<string, VersionVector> => ({
  [recordKey('tabLine', lineId(n))]: structuredClone(store.records.get(recordKey('tabLine', lineId(n)))!.stored.meta.version),
});

async function copyOf(store: MemoryRecordStore): Promise<MemoryRecordStore> {
  const copy = new MemoryRecordStore();
  await copy.save({ ...store.contents(), ledger: [], conflicts: [] });
  return copy;
}

const addLine = (n: number, qty = 1, tab = tabId) => ({ tabId: tab, lineId: lineId(n), productId: beer.id, packId: beer.packs[0]!.id, qty, notes: '' });
const tabOf = async (store: MemoryRecordStore, id: string) => (await store.load('tab', [id])).get(id)?.data as TabRecord;
const lineOf = async (store: MemoryRecordStore, n: number) => (await store.load('tabLine', [lineId(n)])).get(lineId(n))!.data;

async function openTab() {
  const store = seededStore();
  const a = device(tillA, 1_700_000_000_000);
  // B's clock is ahead: it has pulled what A did (an HLC moves past every stamp it receives).
  const b = device(tillB, 1_700_000_000_100);
  await run(store, 'tab.open', { tabId, name: 'Window', tableNo: '4' }, a());
  return { store, a, b };
}

describe('tabs', () => {
  test('two devices adding lines to one tab both land, without conflict', async () => {
    const { store, a, b } = await openTab();
    const first = await run(store, 'tab.addLine', addLine(1), a());
    const second = await run(store, 'tab.addLine', addLine(2, 2), b({ base: {} }));
    expect([first.outcome, second.outcome]).toEqual([{ status: 'applied' }, { status: 'applied' }]);
    expect([...first.conflicts, ...second.conflicts]).toEqual([]);
    const lines = await store.loadTabLines(tabId);
    expect(lines.map((l) => [l.data.id, l.data.qty, l.data.addedBy]).sort()).toEqual([
      [lineId(1), 1, tillA],
      [lineId(2), 2, tillB],
    ]);
  });

  test('qty and notes edited on two devices at once merge field by field', async () => {
    const { store, a, b } = await openTab();
    await run(store, 'tab.addLine', addLine(1), a());
    const seenByBoth = seenLine(store, 1);
    await run(store, 'tab.updateLine', { lineId: lineId(1), qty: 3 }, a({ base: seenByBoth }));
    const notes = await run(store, 'tab.updateLine', { lineId: lineId(1), notes: 'no ice' }, b({ base: seenByBoth }));
    expect(notes).toEqual({ outcome: { status: 'applied' }, conflicts: [] });
    expect(await lineOf(store, 1)).toMatchObject({ qty: 3, notes: 'no ice', voided: false });
  });

  test('the same qty edited on two devices at once: the newer stamp wins and both values are kept', async () => {
    const { store, a, b } = await openTab();
    await run(store, 'tab.addLine', addLine(1), a());
    const seenByBoth = seenLine(store, 1);
    await run(store, 'tab.updateLine', { lineId: lineId(1), qty: 3 }, a({ base: seenByBoth, hlc: formatHlc({ wall: 1_700_000_000_900, counter: 0, node: tillA }) }));
    const later = await run(store, 'tab.updateLine', { lineId: lineId(1), qty: 5 }, b({ base: seenByBoth }));
    expect(later.outcome).toMatchObject({ status: 'merged', code: 'CONCURRENT_EDIT' });
    expect(later.conflicts).toMatchObject([{ field: 'qty', kept: { value: 3 }, lost: { value: 5 } }]);
    expect((await lineOf(store, 1)).qty).toBe(3);
  });

  test('an edit made after seeing the other device’s edit is no conflict', async () => {
    const { store, a, b } = await openTab();
    await run(store, 'tab.addLine', addLine(1), a());
    await run(store, 'tab.updateLine', { lineId: lineId(1), qty: 3 }, a());
    const causal = await run(store, 'tab.updateLine', { lineId: lineId(1), qty: 5 }, b());
    expect(causal).toEqual({ outcome: { status: 'applied' }, conflicts: [] });
    expect((await lineOf(store, 1)).qty).toBe(5);
  });

  test('a voided line stays voided after a concurrent qty update, in either order', async () => {
    const results = [];
    for (const order of [['void', 'update'], ['update', 'void']] as const) {
      const { store, a } = await openTab();
      await run(store, 'tab.addLine', addLine(1), a());
      const base = seenLine(store, 1);
      // The void is older than the update: stickiness, not the clock, keeps it voided.
      const voidCtx = context({ deviceId: tillA, seq: 9, hlc: formatHlc({ wall: 1_700_000_000_100, counter: 0, node: tillA }), actorRole: 'bartender', base });
      const updateCtx = context({ deviceId: tillB, seq: 4, hlc: formatHlc({ wall: 1_700_000_000_200, counter: 0, node: tillB }), actorRole: 'bartender', base });
      for (const step of order) {
        const tx = new OverlayTx(store);
        if (step === 'void') await runMutation(tx, { name: 'tab.voidLine', args: { lineId: lineId(1) } }, voidCtx);
        else await runMutation(tx, { name: 'tab.updateLine', args: { lineId: lineId(1), qty: 4 } }, updateCtx);
        await tx.flush();
      }
      results.push((await store.load('tabLine', [lineId(1)])).get(lineId(1)));
    }
    expect(results[0]!.data).toMatchObject({ voided: true, qty: 4 });
    expect(results[1]).toEqual(results[0]);
  });

  test('close is terminal: opening or closing the tab again changes nothing', async () => {
    const { store, a, b } = await openTab();
    expect((await run(store, 'tab.close', { tabId }, a())).outcome).toEqual({ status: 'applied' });
    const closed = (await store.load('tab', [tabId])).get(tabId);
    expect(closed?.data).toMatchObject({ status: 'closed', closedAt: context().now });

    expect((await run(store, 'tab.open', { tabId, name: 'Again', tableNo: '4' }, b())).outcome).toMatchObject({ status: 'duplicate' });
    expect((await run(store, 'tab.close', { tabId, saleId: '0190a0e0-0000-7000-8000-0000000005a1' }, b({ now: '2026-11-21T00:00:00.000Z' }))).outcome).toMatchObject({
      status: 'duplicate',
      code: 'ALREADY_CLOSED',
    });
    expect((await store.load('tab', [tabId])).get(tabId)).toEqual(closed);
  });

  test('a close wins over a newer concurrent write of the tab: the same tab id opened elsewhere still ends closed', async () => {
    const store = seededStore();
    const a = device(tillA, 1_700_000_000_500);
    const b = device(tillB, 1_700_000_000_000);
    // B opened and closed the tab offline; A (a client reusing the id) opened it later, and the
    // server took A's open first.
    await run(store, 'tab.open', { tabId, name: 'Window', tableNo: '4' }, a());
    b();
    const close = await run(store, 'tab.close', { tabId }, b({ base: { [recordKey('tab', tabId)]: { [tillB]: 1 } } }));
    expect(close.outcome).toMatchObject({ status: 'merged', code: 'CONCURRENT_EDIT' });
    expect(close.conflicts.map((c) => c.field).sort()).toEqual(['closedAt', 'status']);
    expect(close.conflicts.find((c) => c.field === 'status')).toMatchObject({ kept: { value: 'closed' }, lost: { value: 'open' } });
    expect(await tabOf(store, tabId)).toMatchObject({ status: 'closed', closedAt: context().now });
    expect((await run(store, 'tab.addLine', addLine(1), b())).outcome).toMatchObject({ code: 'MOVED_TO_NEW_TAB' });
  });

  test('a line added after the close lands on the overflow tab for the same table, flagged with where it was meant to go', async () => {
    const { store, a, b } = await openTab();
    await run(store, 'tab.close', { tabId }, a());
    const added = await run(store, 'tab.addLine', addLine(1), b());
    expect(added.outcome).toMatchObject({ status: 'merged', code: 'MOVED_TO_NEW_TAB' });
    const overflow = overflowTabId(tabId);
    expect(await lineOf(store, 1)).toMatchObject({ tabId: overflow, movedFrom: tabId });
    expect(await tabOf(store, overflow)).toMatchObject({ id: overflow, status: 'open', tableNo: '4', name: 'Window', movedFrom: tabId, closedAt: null });
    expect((await tabOf(store, tabId)).status).toBe('closed');
  });

  test('lines from two tills added after the close land on the same overflow tab, made identically everywhere', async () => {
    const { store, a, b } = await openTab();
    await run(store, 'tab.close', { tabId }, a());
    const c = device(tillC, 1_700_000_000_000);
    // Each till makes the overflow tab on its own copy, offline…
    const tillBCopy = await copyOf(store);
    const tillCCopy = await copyOf(store);
    await run(tillBCopy, 'tab.addLine', addLine(1), b());
    await run(tillCCopy, 'tab.addLine', addLine(2), c());
    const overflow = overflowTabId(tabId);
    expect(tillBCopy.records.get(recordKey('tab', overflow))).toEqual(tillCCopy.records.get(recordKey('tab', overflow)));
    // …and the server, taking both, puts both lines on that one tab.
    await run(store, 'tab.addLine', addLine(1), device(tillB, 1_700_000_000_000)());
    await run(store, 'tab.addLine', addLine(2), device(tillC, 1_700_000_000_000)());
    expect((await store.loadTabLines(overflow)).map((l) => l.data.id).sort()).toEqual([lineId(1), lineId(2)]);
    expect(store.records.get(recordKey('tab', overflow))).toEqual(tillBCopy.records.get(recordKey('tab', overflow)));
  });

  test('once the overflow tab is closed too, later lines follow the chain to the next one', async () => {
    const { store, a, b } = await openTab();
    await run(store, 'tab.close', { tabId }, a());
    await run(store, 'tab.addLine', addLine(1), b());
    await run(store, 'tab.close', { tabId: overflowTabId(tabId) }, a());
    await run(store, 'tab.addLine', addLine(2), b());
    const next = overflowTabId(overflowTabId(tabId));
    expect(await lineOf(store, 2)).toMatchObject({ tabId: next, movedFrom: tabId });
    expect(await tabOf(store, next)).toMatchObject({ status: 'open', movedFrom: overflowTabId(tabId) });
  });

  test('a tab closed twice answers duplicate', async () => {
    const { store, a, b } = await openTab();
    await run(store, 'tab.close', { tabId }, a());
    expect((await run(store, 'tab.close', { tabId }, b())).outcome).toMatchObject({ status: 'duplicate', code: 'ALREADY_CLOSED' });
  });

  test('lines on unknown tabs and edits of unknown lines are rejected with codes', async () => {
    const { store, a } = await openTab();
    const codeOf = (p: Promise<unknown>) => p.then(() => 'none', (e: unknown) => (e instanceof MutationRejected ? e.code : 'other'));
    expect(await codeOf(run(store, 'tab.addLine', addLine(1, 1, '0190a0e0-0000-7000-8000-00000000ab99'), a()))).toBe('UNKNOWN_TAB');
    expect(await codeOf(run(store, 'tab.updateLine', { lineId: lineId(9), qty: 2 }, a()))).toBe('UNKNOWN_RECORD');
    expect(await codeOf(run(store, 'tab.voidLine', { lineId: lineId(9) }, a()))).toBe('UNKNOWN_RECORD');
    expect(await codeOf(run(store, 'tab.close', { tabId: '0190a0e0-0000-7000-8000-00000000ab99' }, a()))).toBe('UNKNOWN_TAB');
    expect(await codeOf(run(store, 'tab.updateLine', { lineId: lineId(9) }, a()))).toBe('VALIDATION_FAILED');
  });
});
