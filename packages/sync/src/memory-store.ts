import type { TabLineRecord } from './records';
import { recordKey, type Entity, type EntityTypes, type RecordStore, type StockMovement, type Stored, type SyncConflict, type WriteSet } from './record-store';

/**
 * A RecordStore in memory: the reference implementation the engine's property tests run on, and
 * a model of what Dexie and PostgreSQL implement. Records are copied in and out, as a database
 * would, so nobody shares mutable state with the store.
 */
export class MemoryRecordStore implements RecordStore {
  readonly records = new Map<string, { entity: Entity; id: string; stored: Stored<unknown> }>();
  readonly ledger = new Map<string, StockMovement>();
  readonly conflicts: SyncConflict[] = [];

  load<E extends Entity>(entity: E, ids: readonly string[]): Promise<Map<string, Stored<EntityTypes[E]>>> {
    const out = new Map<string, Stored<EntityTypes[E]>>();
    for (const id of ids) {
      const found = this.records.get(recordKey(entity, id));
      if (found) out.set(id, structuredClone(found.stored) as Stored<EntityTypes[E]>);
    }
    return Promise.resolve(out);
  }

  loadTabLines(tabId: string): Promise<Stored<TabLineRecord>[]> {
    const lines = [...this.records.values()].filter((r) => r.entity === 'tabLine' && (r.stored.data as TabLineRecord).tabId === tabId);
    return Promise.resolve(lines.map((r) => structuredClone(r.stored) as Stored<TabLineRecord>));
  }

  save(writes: WriteSet): Promise<void> {
    for (const w of writes.records) this.records.set(recordKey(w.entity, w.id), { entity: w.entity, id: w.id, stored: structuredClone(w.stored) });
    for (const m of writes.ledger) if (!this.ledger.has(m.id)) this.ledger.set(m.id, { ...m });
    this.conflicts.push(...writes.conflicts);
    return Promise.resolve();
  }

  /** Stock on hand of a product in a warehouse: the sum of its ledger. */
  stockOf(warehouseId: string, productId: string, start = 0): number {
    let total = start;
    for (const m of this.ledger.values()) if (m.warehouseId === warehouseId && m.productId === productId) total += m.delta;
    return total;
  }

  /** The replicated records as plain data, sorted, for comparing replicas. */
  snapshot(entities: readonly Entity[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const key of [...this.records.keys()].sort()) {
      const r = this.records.get(key)!;
      if (entities.includes(r.entity)) out[key] = r.stored.data;
    }
    return out;
  }
}
