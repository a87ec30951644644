import type { TabLineRecord } from './records';
import { recordKey, type Entity, type EntityTypes, type RecordRef, type RecordStore, type StockMovement, type Stored, type SyncConflict, type WriteSet } from './record-store';

/**
 * The transaction a mutator runs in. Reads see the mutator's own writes; `put` replaces a record
 * (merging is the mutator's business, through merge.ts).
 */
export interface SyncTx {
  get<E extends Entity>(entity: E, id: string): Promise<Stored<EntityTypes[E]> | undefined>;
  getMany<E extends Entity>(entity: E, ids: readonly string[]): Promise<Map<string, Stored<EntityTypes[E]>>>;
  tabLines(tabId: string): Promise<Stored<TabLineRecord>[]>;
  put<E extends Entity>(entity: E, id: string, stored: Stored<EntityTypes[E]>): void;
  addLedger(entries: readonly StockMovement[]): void;
  addConflicts(conflicts: readonly SyncConflict[]): void;
}

interface Layer {
  records: Map<string, { entity: Entity; id: string; stored: Stored<unknown> }>;
  ledger: StockMovement[];
  conflicts: SyncConflict[];
}

const newLayer = (): Layer => ({ records: new Map(), ledger: [], conflicts: [] });

/**
 * Runs many mutations over a RecordStore with one read-through cache and one write buffer.
 *
 * Each mutation runs in its own layer: `commitMutation()` folds it into the batch, and
 * `rollbackMutation()` drops it, so a rejected mutation leaves nothing behind without a database
 * savepoint. `prefetch` loads what a whole batch will read in one query per entity, and `flush`
 * hands every write to the store at once. This is what lets the server apply thousands of
 * mutations a second, and what lets the till, the server and the tests share one engine.
 */
export class OverlayTx implements SyncTx {
  private readonly cache = new Map<string, Stored<unknown> | null>();
  private readonly batch = newLayer();
  private layer = newLayer();

  constructor(private readonly store: RecordStore) {}

  async prefetch(refs: readonly RecordRef[]): Promise<void> {
    const groups = new Map<string, { entity: Entity; lock: boolean; ids: Set<string> }>();
    const locked = new Set(refs.filter((r) => r.lock !== false).map((r) => recordKey(r.entity, r.id)));
    for (const ref of refs) {
      const key = recordKey(ref.entity, ref.id);
      if (this.cache.has(key)) continue;
      const lock = locked.has(key);
      const group = `${ref.entity}:${lock}`;
      let entry = groups.get(group);
      if (!entry) groups.set(group, (entry = { entity: ref.entity, lock, ids: new Set() }));
      entry.ids.add(ref.id);
    }
    // A fixed order (entity, then id) so concurrent batches take row locks without deadlocking.
    // The loads are issued at once, in that order: a store that pipelines its queries (PostgreSQL)
    // runs them in one round trip, and they still execute, and lock, in the order issued.
    const loads = [...groups]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([, { entity, lock, ids }]) => {
        const sorted = [...ids].sort();
        return this.store.load(entity, sorted, { lock }).then((found) => ({ entity, sorted, found }));
      });
    for (const { entity, sorted, found } of await Promise.all(loads)) {
      for (const id of sorted) this.cache.set(recordKey(entity, id), found.get(id) ?? null);
    }
  }

  async get<E extends Entity>(entity: E, id: string): Promise<Stored<EntityTypes[E]> | undefined> {
    return (await this.getMany(entity, [id])).get(id);
  }

  async getMany<E extends Entity>(entity: E, ids: readonly string[]): Promise<Map<string, Stored<EntityTypes[E]>>> {
    const missing = ids.filter((id) => this.lookup(entity, id) === undefined);
    if (missing.length) await this.prefetch(missing.map((id) => ({ entity, id })));
    const out = new Map<string, Stored<EntityTypes[E]>>();
    for (const id of ids) {
      const found = this.lookup(entity, id);
      if (found) out.set(id, found as Stored<EntityTypes[E]>);
    }
    return out;
  }

  async tabLines(tabId: string): Promise<Stored<TabLineRecord>[]> {
    const stored = await this.store.loadTabLines(tabId);
    for (const line of stored) {
      const key = recordKey('tabLine', line.data.id);
      if (!this.cache.has(key)) this.cache.set(key, line);
    }
    const ids = new Set(stored.map((l) => l.data.id));
    for (const layer of [this.batch, this.layer]) {
      for (const w of layer.records.values()) if (w.entity === 'tabLine' && (w.stored.data as TabLineRecord).tabId === tabId) ids.add(w.id);
    }
    const lines = await this.getMany('tabLine', [...ids]);
    return [...lines.values()].filter((l) => l.data.tabId === tabId);
  }

  put<E extends Entity>(entity: E, id: string, stored: Stored<EntityTypes[E]>): void {
    this.layer.records.set(recordKey(entity, id), { entity, id, stored });
  }

  addLedger(entries: readonly StockMovement[]): void {
    this.layer.ledger.push(...entries);
  }

  addConflicts(conflicts: readonly SyncConflict[]): void {
    this.layer.conflicts.push(...conflicts);
  }

  commitMutation(): void {
    for (const [key, w] of this.layer.records) this.batch.records.set(key, w);
    this.batch.ledger.push(...this.layer.ledger);
    this.batch.conflicts.push(...this.layer.conflicts);
    this.layer = newLayer();
  }

  rollbackMutation(): void {
    this.layer = newLayer();
  }

  /** What the batch wrote, ready for RecordStore.save. */
  writes(): WriteSet {
    return { records: [...this.batch.records.values()], ledger: [...this.batch.ledger], conflicts: [...this.batch.conflicts] };
  }

  async flush(): Promise<WriteSet> {
    this.commitMutation();
    const writes = this.writes();
    if (writes.records.length || writes.ledger.length || writes.conflicts.length) await this.store.save(writes);
    return writes;
  }

  /** Undefined: not known yet; null: known not to exist. */
  private lookup(entity: Entity, id: string): Stored<unknown> | null | undefined {
    const key = recordKey(entity, id);
    return this.layer.records.get(key)?.stored ?? this.batch.records.get(key)?.stored ?? this.cache.get(key);
  }
}
