import { describe, expect, test } from 'vitest';
import type { Role } from '@tillsafe/domain';
import { formatHlc, parseHlc } from './hlc';
import { overflowTabId } from './tab-mutators';
import type { MemoryRecordStore } from './memory-store';
import { processBatch, PushRefused } from './process-push';
import { beer, channel, context, seededStore, warehouseId } from './test-fixtures';
import type { Mutation } from './wire';

const device = { deviceId: context().deviceId, channelId: channel.id, warehouseId };
const cashier = '0190a0e0-0000-7000-8000-00000000f001';
const manager = '0190a0e0-0000-7000-8000-00000000f002';
const stranger = '0190a0e0-0000-7000-8000-00000000f0ff';
const roles = new Map<string, Role>([
  [cashier, 'cashier'],
  [manager, 'manager'],
]);
const hex = (n: number) => n.toString(16).padStart(4, '0');

function mutation(seq: number, name: string, args: unknown, actorId = cashier): Mutation {
  return { id: `0190a0e0-0000-7000-8000-00000001${hex(seq)}`, seq, name, args, hlc: formatHlc({ wall: 1_700_000_000_000 + seq, counter: 0, node: device.deviceId }), actorId };
}

const sale = (seq: number, productId = beer.id): Mutation =>
  mutation(seq, 'sale.complete', {
    saleId: `0190a0e0-0000-7000-8000-0000005a${hex(seq)}`,
    receiptNo: `R-${seq}`,
    channelId: channel.id,
    warehouseId,
    lines: [{ lineId: `0190a0e0-0000-7000-8000-0000001e${hex(seq)}`, productId, packId: beer.packs[0]!.id, qty: 2 }],
    tenders: [{ kind: 'cash', amount: 500 }],
    clientTotal: 500,
    soldAt: '2026-11-20T10:00:00.000Z',
  });
const adjust = (seq: number, delta: number) => mutation(seq, 'stock.adjust', { movementId: `0190a0e0-0000-7000-8000-000000ad${hex(seq)}`, warehouseId, productId: beer.id, delta }, manager);
const cash = (seq: number) => mutation(seq, 'cash.event', { eventId: `0190a0e0-0000-7000-8000-000000ca${hex(seq)}`, kind: 'pay_in', amount: 100 });

function push(store: MemoryRecordStore, lastSeq: number, mutations: readonly Mutation[]) {
  return processBatch(store, { device, lastSeq, mutations, roleOf: (id) => roles.get(id), now: () => '2026-11-20T10:00:05.000Z' });
}

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => (e instanceof PushRefused ? { code: e.code, expectedSeq: e.expectedSeq } : e),
  );

describe('processBatch', () => {
  test('applies the next mutations in seq order and moves lastSeq to the last of them', async () => {
    const store = seededStore();
    const outcome = await push(store, 0, [sale(1), adjust(2, 10), cash(3)]);
    expect(outcome.lastSeq).toBe(3);
    expect(outcome.results.map((r) => [r.seq, r.status])).toEqual([
      [1, 'applied'],
      [2, 'applied'],
      [3, 'applied'],
    ]);
    expect(outcome.processed.map((p) => p.mutation.seq)).toEqual([1, 2, 3]);
    expect(outcome.changed.map((c) => c.entity).sort()).toEqual(['cashEvent', 'sale']);
    expect(store.stockOf(warehouseId, beer.id)).toBe(8);
  });

  test('a batch sent again answers duplicate for every mutation and changes nothing', async () => {
    const store = seededStore();
    const batch = [sale(1), adjust(2, 10)];
    await push(store, 0, batch);
    const again = await push(store, 2, batch);
    expect(again.lastSeq).toBe(2);
    expect(again.results.map((r) => r.status)).toEqual(['duplicate', 'duplicate']);
    expect(again.processed).toEqual([]);
    expect(again.writes).toEqual({ records: [], ledger: [], conflicts: [] });
    expect(store.stockOf(warehouseId, beer.id)).toBe(8);
  });

  test('a retry that carries new mutations after old ones applies only the new ones', async () => {
    const store = seededStore();
    await push(store, 0, [sale(1), adjust(2, 10)]);
    const retry = await push(store, 2, [sale(1), adjust(2, 10), adjust(3, 5)]);
    expect(retry.results.map((r) => r.status)).toEqual(['duplicate', 'duplicate', 'applied']);
    expect(retry.lastSeq).toBe(3);
    expect(store.stockOf(warehouseId, beer.id)).toBe(13);
  });

  test('a batch that starts past the next seq is refused as SEQ_GAP, naming the seq expected', async () => {
    const store = seededStore();
    expect(await refusal(push(store, 2, [adjust(4, 1), adjust(5, 1)]))).toEqual({ code: 'SEQ_GAP', expectedSeq: 3 });
    expect(store.ledger.size).toBe(0);
  });

  test('a batch whose seqs are not contiguous and increasing is refused', async () => {
    const store = seededStore();
    expect(await refusal(push(store, 0, [adjust(1, 1), adjust(3, 1)]))).toEqual({ code: 'NON_CONTIGUOUS_BATCH', expectedSeq: undefined });
    expect(await refusal(push(store, 0, [adjust(2, 1), adjust(1, 1)]))).toEqual({ code: 'NON_CONTIGUOUS_BATCH', expectedSeq: undefined });
    expect(await refusal(push(store, 0, [adjust(1, 1), adjust(1, 1)]))).toEqual({ code: 'NON_CONTIGUOUS_BATCH', expectedSeq: undefined });
    expect(store.ledger.size).toBe(0);
  });

  test('a rejected mutation is processed, advances lastSeq and writes nothing', async () => {
    const store = seededStore();
    const outcome = await push(store, 0, [sale(1, '0190a0e0-0000-7000-8000-000000000bad')]);
    expect(outcome.lastSeq).toBe(1);
    expect(outcome.results).toEqual([expect.objectContaining({ seq: 1, status: 'rejected', code: 'UNKNOWN_PRODUCT' })]);
    expect(outcome.processed.map((p) => p.result.status)).toEqual(['rejected']);
    expect(outcome.writes).toEqual({ records: [], ledger: [], conflicts: [] });
    expect(store.ledger.size).toBe(0);
  });

  test('a mutation by staff the organisation does not know is rejected as UNKNOWN_ACTOR', async () => {
    const store = seededStore();
    const outcome = await push(store, 0, [{ ...adjust(1, 4), actorId: stranger }]);
    expect(outcome.results).toEqual([expect.objectContaining({ status: 'rejected', code: 'UNKNOWN_ACTOR' })]);
    expect(outcome.lastSeq).toBe(1);
    expect(store.ledger.size).toBe(0);
  });

  test('the good mutations of a mixed batch are kept, the bad ones rejected with their reasons', async () => {
    const store = seededStore();
    const batch = [
      sale(1),
      { ...cash(2), actorId: stranger },
      adjust(3, 6),
      mutation(4, 'product.update', { productId: beer.id, patch: { active: false } }),
      mutation(5, 'sale.teleport', {}),
      mutation(6, 'cash.event', { eventId: 'not-a-uuid', kind: 'pay_in', amount: 1 }),
      cash(7),
    ];
    const outcome = await push(store, 0, batch);
    expect(outcome.results.map((r) => [r.seq, r.status, r.code])).toEqual([
      [1, 'applied', undefined],
      [2, 'rejected', 'UNKNOWN_ACTOR'],
      [3, 'applied', undefined],
      [4, 'rejected', 'FORBIDDEN'],
      [5, 'rejected', 'UNKNOWN_MUTATOR'],
      [6, 'rejected', 'VALIDATION_FAILED'],
      [7, 'applied', undefined],
    ]);
    expect(outcome.lastSeq).toBe(7);
    expect(outcome.changed.map((c) => `${c.entity}:${c.id}`).sort()).toEqual([`cashEvent:0190a0e0-0000-7000-8000-000000ca0007`, `sale:0190a0e0-0000-7000-8000-0000005a0001`]);
    expect(store.stockOf(warehouseId, beer.id)).toBe(4);
    expect((await store.load('product', [beer.id])).get(beer.id)?.data.active).toBe(true);
  });

  test('a mutation whose timestamp is not an HLC is rejected and writes nothing, so no till is handed a stamp it cannot parse', async () => {
    const store = seededStore();
    const outcome = await push(store, 0, [{ ...mutation(1, 'product.update', { productId: beer.id, patch: { name: 'Renamed' } }, manager), hlc: 'zzz' }]);
    expect(outcome.results).toEqual([expect.objectContaining({ status: 'rejected', code: 'VALIDATION_FAILED' })]);
    expect(outcome.lastSeq).toBe(1);
    expect((await store.load('product', [beer.id])).get(beer.id)?.data.name).toBe(beer.name);
  });

  test('an HLC sent without zero padding is stored padded, so it still orders by time', async () => {
    const store = seededStore();
    const rename = (seq: number, name: string, hlc: string) => ({ ...mutation(seq, 'product.update', { productId: beer.id, patch: { name } }, manager), hlc });
    await push(store, 0, [rename(1, 'Earlier', '1700000000005-0-other-till')]);
    await push(store, 1, [rename(2, 'Later', formatHlc({ wall: 1_700_000_000_010, counter: 0, node: device.deviceId }))]);
    const stored = (await store.load('product', [beer.id])).get(beer.id)!;
    expect(stored.data.name).toBe('Later');
    expect(formatHlc(parseHlc(stored.meta.fields.name!.hlc))).toBe(stored.meta.fields.name!.hlc);
    await push(store, 2, [rename(3, 'Older', '1700000000001-0-other-till')]);
    expect((await store.load('product', [beer.id])).get(beer.id)?.data.name).toBe('Later');
  });

  test('an empty batch changes nothing', async () => {
    const outcome = await push(seededStore(), 5, []);
    expect(outcome).toMatchObject({ lastSeq: 5, results: [], processed: [], changed: [] });
  });
});

describe('corrections: what a rejected mutation may have written, sent back to its till', () => {
  const refs = (outcome: { corrections: { entity: string; id: string }[] }) => outcome.corrections.map((r) => `${r.entity}:${r.id}`).sort();
  const tabId = '0190a0e0-0000-7000-8000-0000000ab001';
  const open = (seq: number, id = tabId) => mutation(seq, 'tab.open', { tabId: id, name: 'Window', tableNo: '4' });
  const close = (seq: number, id = tabId) => mutation(seq, 'tab.close', { tabId: id, saleId: null });
  const line = (seq: number, id = tabId) => mutation(seq, 'tab.addLine', { tabId: id, lineId: `0190a0e0-0000-7000-8000-0000001a${hex(seq)}`, productId: beer.id, packId: beer.packs[0]!.id, qty: 1 });

  test('a batch with nothing rejected has no corrections', async () => {
    expect((await push(seededStore(), 0, [sale(1), adjust(2, 3)])).corrections).toEqual([]);
  });

  test('a refused sale sends back the sale, not the channel and products it only priced from', async () => {
    const outcome = await push(seededStore(), 0, [sale(1, '0190a0e0-0000-7000-8000-000000000bad')]);
    expect(refs(outcome)).toEqual(['sale:0190a0e0-0000-7000-8000-0000005a0001']);
  });

  test('a refused product edit sends back the product; a refused stock count nothing (the ledger is the till’s own)', async () => {
    const outcome = await push(seededStore(), 0, [mutation(1, 'product.update', { productId: beer.id, patch: { name: 'Cheap' } }), adjust(2, 5)].map((m) => ({ ...m, actorId: cashier })));
    expect(outcome.results.map((r) => r.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    expect(refs(outcome)).toEqual([`product:${beer.id}`]);
  });

  test('a refused mutation of staff the server does not know still sends back what it may have written', async () => {
    const outcome = await push(seededStore(), 0, [{ ...cash(1), actorId: stranger }]);
    expect(refs(outcome)).toEqual(['cashEvent:0190a0e0-0000-7000-8000-000000ca0001']);
  });

  test('a tab comes back with its overflow chain up to the first overflow tab the server does not have', async () => {
    const store = seededStore();
    // The tab closed, a line after that opened its overflow tab, and that one closed too.
    await push(store, 0, [open(1), close(2), line(3), close(4, overflowTabId(tabId))]);
    const outcome = await push(store, 4, [{ ...close(5), actorId: stranger }]);
    expect(refs(outcome)).toEqual([`tab:${tabId}`, `tab:${overflowTabId(tabId)}`, `tab:${overflowTabId(overflowTabId(tabId))}`].sort());
  });

  test('a mutation sent again after its rejection was lost answers rejected again, with its corrections', async () => {
    const store = seededStore();
    const refused = mutation(1, 'product.update', { productId: beer.id, patch: { name: 'Cheap' } });
    const first = await push(store, 0, [refused, adjust(2, 1)]);
    const earlierRejections = new Map([[1, { code: first.results[0]!.code!, message: first.results[0]!.message!, resolved: false }]]);
    const again = await processBatch(store, { device, lastSeq: 2, mutations: [refused, adjust(2, 1), cash(3)], roleOf: (id) => roles.get(id), now: () => '2026-11-20T10:00:09.000Z', earlierRejections });
    expect(again.results.map((r) => [r.seq, r.status, r.code])).toEqual([
      [1, 'rejected', 'FORBIDDEN'],
      [2, 'duplicate', undefined],
      [3, 'applied', undefined],
    ]);
    expect(again.processed.map((p) => p.mutation.seq)).toEqual([3]);
    expect(refs(again)).toEqual([`product:${beer.id}`]);

    // Once a person has resolved it, it is a plain duplicate; the till still gets the records.
    const resolved = new Map([[1, { ...earlierRejections.get(1)!, resolved: true }]]);
    const later = await processBatch(store, { device, lastSeq: 3, mutations: [refused], roleOf: (id) => roles.get(id), now: () => '2026-11-20T10:00:10.000Z', earlierRejections: resolved });
    expect(later.results.map((r) => r.status)).toEqual(['duplicate']);
    expect(refs(later)).toEqual([`product:${beer.id}`]);
  });
});
