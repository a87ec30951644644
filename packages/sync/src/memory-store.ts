import type { TabLineRecord } from './records';
import {
  recordKey,
  type AnyEntity,
  type Entity,
  type EntityTypes,
  type RecordStore,
  type SellingEntity,
  type SellingEntityTypes,
  type SellingRecordStore,
  type StockMovement,
  type Stored,
  type SyncConflict,
  type WriteSet,
} from './record-store';
import { splitWritten } from './overlay-tx';
import type { LoyaltyEntryRecord, StoredRefund } from './selling-records';

/**
 * A RecordStore in memory: the reference implementation the engine's property tests run on, and
 * a model of what Dexie and PostgreSQL implement. Records are copied in and out, as a database
 * would, so nobody shares mutable state with the store.
 */
export class MemoryRecordStore implements RecordStore {
  readonly records = new Map<string, { entity: AnyEntity; id: string; stored: Stored<unknown> }>();
  readonly ledger = new Map<string, StockMovement>();
  readonly conflicts: SyncConflict[] = [];

  load<E extends Entity>(entity: E, ids: readonly string[]): Promise<Map<string, Stored<EntityTypes[E]>>> {
    return Promise.resolve(this.loadAny(entity, ids) as Map<string, Stored<EntityTypes[E]>>);
  }

  readonly selling: SellingRecordStore = {
    load: <E extends SellingEntity>(entity: E, ids: readonly string[]) => Promise.resolve(this.loadAny(entity, ids) as Map<string, Stored<SellingEntityTypes[E]>>),
    rules: (customerId) =>
      Promise.resolve({
        taxCategories: this.all('taxCategory'),
        depositItems: this.all('depositItem'),
        priceLists: this.all('priceList').filter((l) => l.customerId === null || l.customerId === customerId),
        quantityBreaks: this.all('quantityBreak'),
        promotions: this.all('promotion'),
      }),
    refundsOfSale: (saleId) => Promise.resolve(this.all('refund').filter((r: StoredRefund) => r.saleId === saleId)),
    loyaltyEntriesOf: (customerId) => Promise.resolve(this.all('loyaltyEntry').filter((e: LoyaltyEntryRecord) => e.customerId === customerId)),
  };

  private loadAny(entity: AnyEntity, ids: readonly string[]): Map<string, Stored<unknown>> {
    const out = new Map<string, Stored<unknown>>();
    for (const id of ids) {
      const found = this.records.get(recordKey(entity, id));
      if (found) out.set(id, structuredClone(found.stored));
    }
    return out;
  }

  /** Every record of a selling entity, in id order. */
  all<E extends SellingEntity>(entity: E): SellingEntityTypes[E][] {
    return [...this.records.values()]
      .filter((r) => r.entity === entity)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((r) => structuredClone(r.stored.data) as SellingEntityTypes[E]);
  }

  loadTabLines(tabId: string): Promise<Stored<TabLineRecord>[]> {
    const lines = [...this.records.values()].filter((r) => r.entity === 'tabLine' && (r.stored.data as TabLineRecord).tabId === tabId);
    return Promise.resolve(lines.map((r) => structuredClone(r.stored) as Stored<TabLineRecord>));
  }

  save(writes: WriteSet): Promise<void> {
    for (const w of [...writes.records, ...(writes.selling ?? [])]) this.records.set(recordKey(w.entity, w.id), { entity: w.entity, id: w.id, stored: structuredClone(w.stored) });
    for (const m of writes.ledger) if (!this.ledger.has(m.id)) this.ledger.set(m.id, { ...m });
    this.conflicts.push(...writes.conflicts);
    return Promise.resolve();
  }

  /** Everything stored, as one write set (to copy a store). */
  contents(which: (entity: AnyEntity) => boolean = () => true): WriteSet {
    const { records, selling } = splitWritten([...this.records.values()].filter((r) => which(r.entity)));
    return { records, ledger: [...this.ledger.values()], conflicts: [...this.conflicts], selling };
  }

  /** A customer's loyalty balance: the sum of their ledger. */
  pointsOf(customerId: string): number {
    return this.all('loyaltyEntry').reduce((sum, e) => (e.customerId === customerId ? sum + e.points : sum), 0);
  }

  /** Stock on hand of a product in a warehouse: the sum of its ledger. */
  stockOf(warehouseId: string, productId: string, start = 0): number {
    let total = start;
    for (const m of this.ledger.values()) if (m.warehouseId === warehouseId && m.productId === productId) total += m.delta;
    return total;
  }

  /** The replicated records as plain data, sorted, for comparing replicas. */
  snapshot(entities: readonly AnyEntity[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const key of [...this.records.keys()].sort()) {
      const r = this.records.get(key)!;
      if (entities.includes(r.entity)) out[key] = r.stored.data;
    }
    return out;
  }
}
