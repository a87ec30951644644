import { describe, expect, test } from 'vitest';
import { createOnce } from './merge';
import { OverlayTx } from './overlay-tx';
import type { Entity, EntityTypes, RecordStore, SellingRecordStore, StockMovement, Stored, SyncConflict, WriteSet } from './record-store';
import type { TabLineRecord } from './records';
import { beer, channel, seededStore, warehouseId, wine } from './test-fixtures';

/** The memory store, counting what the overlay asks of it. */
class CountingStore implements RecordStore {
  readonly loads: { entity: Entity; ids: string[]; lock: boolean }[] = [];
  readonly saves: WriteSet[] = [];
  readonly inner = seededStore();
  /** The customers whose pricing rules were read, in order ('' for none). */
  readonly rulesRead: string[] = [];
  readonly selling: SellingRecordStore = {
    ...this.inner.selling,
    rules: (customerId) => {
      this.rulesRead.push(customerId ?? '');
      return this.inner.selling.rules(customerId);
    },
  };

  load<E extends Entity>(entity: E, ids: readonly string[], options?: { lock?: boolean }): Promise<Map<string, Stored<EntityTypes[E]>>> {
    this.loads.push({ entity, ids: [...ids], lock: options?.lock ?? true });
    return this.inner.load(entity, ids);
  }

  loadTabLines(tabId: string): Promise<Stored<TabLineRecord>[]> {
    return this.inner.loadTabLines(tabId);
  }

  save(writes: WriteSet): Promise<void> {
    this.saves.push(structuredClone(writes));
    return this.inner.save(writes);
  }
}

const write = { node: 'dev', seq: 1, hlc: '000001700000000-00000-dev' };
const tabId = '0190a0e0-0000-7000-8000-00000000ab01';
const otherTab = '0190a0e0-0000-7000-8000-00000000ab02';
const line = (id: string, tab = tabId, qty = 1): Stored<TabLineRecord> =>
  createOnce({ id, tabId: tab, productId: beer.id, packId: beer.packs[0]!.id, qty, notes: '', voided: false, addedBy: '0190a0e0-0000-7000-8000-00000000e001', movedFrom: null }, write);
const move = (id: string): StockMovement => ({ id, warehouseId, productId: beer.id, delta: -1, reason: 'sale', refId: id });
const conflict = (id: string): SyncConflict => ({ id, entity: 'product', recordId: beer.id, field: 'name', kept: { value: 'a', stamp: write }, lost: { value: 'b', stamp: write } });
const renamed = (name: string): Stored<typeof beer> => ({ data: { ...beer, name }, meta: { version: { dev: 1 }, fields: {} } });

describe('OverlayTx', () => {
  test('reads see the mutation’s own writes and the batch’s earlier ones, before anything reaches the store', async () => {
    const store = new CountingStore();
    const tx = new OverlayTx(store);
    tx.put('product', beer.id, renamed('First'));
    expect((await tx.get('product', beer.id))?.data.name).toBe('First');
    tx.commitMutation();
    expect((await tx.get('product', beer.id))?.data.name).toBe('First');
    tx.put('product', beer.id, renamed('Second'));
    expect((await tx.getMany('product', [beer.id, wine.id])).get(beer.id)?.data.name).toBe('Second');
    expect((await store.inner.load('product', [beer.id])).get(beer.id)?.data.name).toBe(beer.name);
    expect(store.saves).toEqual([]);
  });

  test('rollback drops one mutation’s writes, ledger entries and conflicts, and keeps the batch’s', async () => {
    const tx = new OverlayTx(new CountingStore());
    tx.put('product', beer.id, renamed('Kept'));
    tx.addLedger([move('0190a0e0-0000-7000-8000-0000000f0001')]);
    tx.addConflicts([conflict('c1')]);
    tx.commitMutation();

    tx.put('product', beer.id, renamed('Dropped'));
    tx.put('product', wine.id, renamed('Dropped too'));
    tx.addLedger([move('0190a0e0-0000-7000-8000-0000000f0002')]);
    tx.addConflicts([conflict('c2')]);
    tx.rollbackMutation();

    expect((await tx.get('product', beer.id))?.data.name).toBe('Kept');
    expect((await tx.get('product', wine.id))?.data.name).toBe(wine.name);
    const writes = tx.writes();
    expect(writes.records.map((r) => r.id)).toEqual([beer.id]);
    expect(writes.ledger.map((m) => m.id)).toEqual(['0190a0e0-0000-7000-8000-0000000f0001']);
    expect(writes.conflicts.map((c) => c.id)).toEqual(['c1']);
  });

  test('prefetch loads each entity once (per lock mode), in a fixed order, and never again', async () => {
    const store = new CountingStore();
    const tx = new OverlayTx(store);
    const ghostSale = '0190a0e0-0000-7000-8000-0000000005a1';
    await tx.prefetch([
      { entity: 'product', id: wine.id },
      { entity: 'sale', id: ghostSale, lock: false },
      { entity: 'product', id: beer.id, lock: false },
      { entity: 'product', id: wine.id, lock: false },
      { entity: 'channel', id: channel.id, lock: false },
    ]);
    expect(store.loads).toEqual([
      { entity: 'channel', ids: [channel.id], lock: false },
      { entity: 'product', ids: [beer.id], lock: false },
      { entity: 'product', ids: [wine.id], lock: true },
      { entity: 'sale', ids: [ghostSale], lock: false },
    ]);

    await tx.prefetch([{ entity: 'product', id: beer.id }]);
    expect(await tx.get('sale', ghostSale)).toBeUndefined();
    expect((await tx.getMany('product', [beer.id, wine.id])).size).toBe(2);
    expect(await tx.get('channel', channel.id)).toBeDefined();
    expect(store.loads).toHaveLength(4);
  });

  test('flush hands every write of the batch to the store in one save, the last write of a record winning', async () => {
    const store = new CountingStore();
    const tx = new OverlayTx(store);
    tx.put('product', beer.id, renamed('One'));
    tx.addLedger([move('0190a0e0-0000-7000-8000-0000000f0001')]);
    tx.commitMutation();
    tx.put('product', beer.id, renamed('Two'));
    tx.put('product', wine.id, renamed('Wine'));
    tx.addLedger([move('0190a0e0-0000-7000-8000-0000000f0002')]);
    tx.addConflicts([conflict('c1')]);
    const flushed = await tx.flush();

    expect(store.saves).toHaveLength(1);
    expect(store.saves[0]).toEqual(flushed);
    expect(flushed.records.map((r) => [r.id, (r.stored.data as typeof beer).name])).toEqual([
      [beer.id, 'Two'],
      [wine.id, 'Wine'],
    ]);
    expect(flushed.ledger).toHaveLength(2);
    expect(flushed.conflicts).toHaveLength(1);
    expect((await store.inner.load('product', [beer.id])).get(beer.id)?.data.name).toBe('Two');
  });

  test('a record whose load is on its way is not asked for again: the second reader waits for the first load', async () => {
    const store = new CountingStore();
    const tx = new OverlayTx(store);
    const ghostSale = '0190a0e0-0000-7000-8000-0000000005a2';
    const first = tx.prefetch([
      { entity: 'channel', id: channel.id },
      { entity: 'sale', id: ghostSale },
    ]);
    // Asked for while the first load is still waiting for the store.
    const [found, missing, products] = await Promise.all([tx.get('channel', channel.id), tx.get('sale', ghostSale), tx.getMany('product', [beer.id]), first]);
    expect(found?.data.id).toBe(channel.id);
    expect(missing).toBeUndefined();
    expect(products.get(beer.id)?.data.name).toBe(beer.name);
    expect(store.loads).toEqual([
      { entity: 'channel', ids: [channel.id], lock: true },
      { entity: 'sale', ids: [ghostSale], lock: true },
      { entity: 'product', ids: [beer.id], lock: true },
    ]);
    // A locking read never rides on a load that takes no lock (the server's row locks).
    const unlocked = tx.prefetch([{ entity: 'product', id: wine.id, lock: false }]);
    await Promise.all([tx.prefetch([{ entity: 'product', id: wine.id }]), unlocked]);
    expect(store.loads.slice(3)).toEqual([
      { entity: 'product', ids: [wine.id], lock: false },
      { entity: 'product', ids: [wine.id], lock: true },
    ]);
  });

  test('a failed load fails every reader waiting for it, and a later read asks the store again', async () => {
    const store = new CountingStore();
    const tx = new OverlayTx(store);
    const broken = new Error('connection lost');
    const load = store.load.bind(store);
    let fail = true;
    store.load = (entity, ids, options) => (fail ? Promise.reject(broken) : load(entity, ids, options));
    const first = tx.prefetch([{ entity: 'product', id: beer.id }]);
    const second = tx.get('product', beer.id);
    await expect(first).rejects.toBe(broken);
    await expect(second).rejects.toBe(broken);
    fail = false;
    expect((await tx.get('product', beer.id))?.data.name).toBe(beer.name);
  });

  test('a batch reads each customer’s pricing rules once, whoever asks for them', async () => {
    const store = new CountingStore();
    const tx = new OverlayTx(store);
    // A sale's pricing and its mutator ask at once, in the same transaction: one read.
    const [forPricing, forMutator] = await Promise.all([tx.sellingRules(null), tx.sellingRules(null)]);
    expect(forMutator).toBe(forPricing);
    tx.commitMutation();
    expect(await tx.sellingRules(null)).toBe(forPricing);
    // Another customer's rules hold other price lists: read apart.
    await tx.sellingRules('0190a0e0-0000-7000-8000-00000000c001');
    expect(store.rulesRead).toEqual(['', '0190a0e0-0000-7000-8000-00000000c001']);
    // A new overlay (the next commit) reads afresh.
    await new OverlayTx(store).sellingRules(null);
    expect(store.rulesRead).toHaveLength(3);
  });

  test('a batch that wrote nothing does not touch the store', async () => {
    const store = new CountingStore();
    const tx = new OverlayTx(store);
    await tx.get('product', beer.id);
    tx.put('product', beer.id, renamed('Rolled back'));
    tx.rollbackMutation();
    await tx.flush();
    expect(store.saves).toEqual([]);
  });

  test('tabLines sees the stored lines as changed in the batch, plus lines the batch added, and only that tab’s', async () => {
    const store = new CountingStore();
    const stored = ['0190a0e0-0000-7000-8000-0000000001e1', '0190a0e0-0000-7000-8000-0000000001e2'];
    await store.inner.save({ records: [...stored.map((id) => ({ entity: 'tabLine' as const, id, stored: line(id) })), { entity: 'tabLine', id: 'x', stored: line('x', otherTab) }], ledger: [], conflicts: [] });
    const tx = new OverlayTx(store);

    tx.put('tabLine', stored[0]!, line(stored[0]!, tabId, 5));
    tx.put('tabLine', '0190a0e0-0000-7000-8000-0000000001e3', line('0190a0e0-0000-7000-8000-0000000001e3'));
    tx.commitMutation();
    tx.put('tabLine', '0190a0e0-0000-7000-8000-0000000001e4', line('0190a0e0-0000-7000-8000-0000000001e4'));
    tx.put('tabLine', 'y', line('y', otherTab));

    const lines = await tx.tabLines(tabId);
    expect(lines.map((l) => [l.data.id, l.data.qty]).sort()).toEqual([
      [stored[0], 5],
      [stored[1], 1],
      ['0190a0e0-0000-7000-8000-0000000001e3', 1],
      ['0190a0e0-0000-7000-8000-0000000001e4', 1],
    ]);
  });
});
