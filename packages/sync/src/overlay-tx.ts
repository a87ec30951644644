import type { TabLineRecord } from './records';
import {
  hasWrites,
  recordKey,
  type AnyEntity,
  type AnyEntityTypes,
  type RecordRef,
  type RecordStore,
  type SellingEntity,
  type SellingRules,
  type SellingWrite,
  type StockMovement,
  type Stored,
  type SyncConflict,
  type WriteSet,
} from './record-store';
import type { LoyaltyEntryRecord, StoredRefund } from './selling-records';
import { sellingEntityNames } from './wire';

const SELLING: ReadonlySet<string> = new Set(sellingEntityNames);
export const isSellingEntity = (entity: AnyEntity): entity is SellingEntity => SELLING.has(entity);

/** Written records as a WriteSet holds them: the selling ones apart from those every till keeps. */
export function splitWritten(written: Iterable<{ entity: AnyEntity; id: string; stored: Stored<unknown> }>): Pick<Required<WriteSet>, 'records' | 'selling'> {
  const records: WriteSet['records'] = [];
  const selling: SellingWrite[] = [];
  for (const { entity, id, stored } of written) {
    if (isSellingEntity(entity)) selling.push({ entity, id, stored });
    else records.push({ entity, id, stored });
  }
  return { records, selling };
}

/**
 * The transaction a mutator runs in. Reads see the mutator's own writes; `put` replaces a record
 * (merging is the mutator's business, through merge.ts).
 */
export interface SyncTx {
  get<E extends AnyEntity>(entity: E, id: string): Promise<Stored<AnyEntityTypes[E]> | undefined>;
  getMany<E extends AnyEntity>(entity: E, ids: readonly string[]): Promise<Map<string, Stored<AnyEntityTypes[E]>>>;
  tabLines(tabId: string): Promise<Stored<TabLineRecord>[]>;
  /** The pricing rules for a customer's cart (read once per batch; mutators never write them). */
  sellingRules(customerId: string | null): Promise<SellingRules>;
  /** Every refund of a sale: stored ones and those written earlier in this batch. */
  refundsOfSale(saleId: string): Promise<StoredRefund[]>;
  /** A customer's loyalty ledger: stored entries and those written earlier in this batch. */
  loyaltyEntriesOf(customerId: string): Promise<LoyaltyEntryRecord[]>;
  put<E extends AnyEntity>(entity: E, id: string, stored: Stored<AnyEntityTypes[E]>): void;
  addLedger(entries: readonly StockMovement[]): void;
  addConflicts(conflicts: readonly SyncConflict[]): void;
}

interface Layer {
  records: Map<string, { entity: AnyEntity; id: string; stored: Stored<unknown> }>;
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
  private readonly rulesCache = new Map<string, Promise<SellingRules>>();
  /** Loads sent to the store and not answered yet, by record key. */
  private readonly loading = new Map<string, { load: Promise<void>; lock: boolean }>();
  private readonly batch = newLayer();
  private layer = newLayer();

  constructor(private readonly store: RecordStore) {}

  /**
   * Loads what `refs` name and the cache does not hold yet. A record whose load is already on its
   * way (an earlier prefetch still waiting for the store) is not asked for again: this one waits
   * for that load, so two readers of one transaction that start together cost one request. A
   * locking read does not wait for a load that takes no lock: it asks for its own.
   */
  async prefetch(refs: readonly RecordRef[]): Promise<void> {
    const groups = new Map<string, { entity: AnyEntity; lock: boolean; ids: Set<string> }>();
    const inFlight = new Set<Promise<void>>();
    const locked = new Set(refs.filter((r) => r.lock !== false).map((r) => recordKey(r.entity, r.id)));
    for (const ref of refs) {
      const key = recordKey(ref.entity, ref.id);
      if (this.cache.has(key)) continue;
      const lock = locked.has(key);
      const pending = this.loading.get(key);
      if (pending && (pending.lock || !lock)) {
        inFlight.add(pending.load);
        continue;
      }
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
        const keys = sorted.map((id) => recordKey(entity, id));
        const load = this.load(entity, sorted, lock)
          .then((found) => {
            sorted.forEach((id, i) => this.cache.set(keys[i]!, found.get(id) ?? null));
          })
          .finally(() => {
            for (const key of keys) if (this.loading.get(key)?.load === load) this.loading.delete(key);
          });
        for (const key of keys) this.loading.set(key, { load, lock });
        return load;
      });
    await Promise.all([...loads, ...inFlight]);
  }

  async get<E extends AnyEntity>(entity: E, id: string): Promise<Stored<AnyEntityTypes[E]> | undefined> {
    return (await this.getMany(entity, [id])).get(id);
  }

  async getMany<E extends AnyEntity>(entity: E, ids: readonly string[]): Promise<Map<string, Stored<AnyEntityTypes[E]>>> {
    const missing = ids.filter((id) => this.lookup(entity, id) === undefined);
    if (missing.length) await this.prefetch(missing.map((id) => ({ entity, id })));
    const out = new Map<string, Stored<AnyEntityTypes[E]>>();
    for (const id of ids) {
      const found = this.lookup(entity, id);
      if (found) out.set(id, found as Stored<AnyEntityTypes[E]>);
    }
    return out;
  }

  sellingRules(customerId: string | null): Promise<SellingRules> {
    const key = customerId ?? '';
    let rules = this.rulesCache.get(key);
    if (!rules) this.rulesCache.set(key, (rules = this.store.selling?.rules(customerId) ?? Promise.resolve(noRules())));
    return rules;
  }

  async refundsOfSale(saleId: string): Promise<StoredRefund[]> {
    const stored = (await this.store.selling?.refundsOfSale(saleId)) ?? [];
    return this.withPending('refund', stored, (r) => r.saleId === saleId);
  }

  async loyaltyEntriesOf(customerId: string): Promise<LoyaltyEntryRecord[]> {
    const stored = (await this.store.selling?.loyaltyEntriesOf(customerId)) ?? [];
    return this.withPending('loyaltyEntry', stored, (e) => e.customerId === customerId);
  }

  /** Stored immutable records plus those of the same kind this batch wrote, each once by id. */
  private withPending<T extends { id: string }>(entity: SellingEntity, stored: readonly T[], mine: (record: T) => boolean): T[] {
    const out = new Map(stored.map((r) => [r.id, r]));
    for (const layer of [this.batch, this.layer]) {
      for (const w of layer.records.values()) if (w.entity === entity && !out.has(w.id) && mine(w.stored.data as T)) out.set(w.id, w.stored.data as T);
    }
    return [...out.values()];
  }

  private async load(entity: AnyEntity, ids: string[], lock: boolean): Promise<Map<string, Stored<unknown>>> {
    if (!isSellingEntity(entity)) return this.store.load(entity, ids, { lock });
    return (await this.store.selling?.load(entity, ids, { lock })) ?? new Map<string, Stored<unknown>>();
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

  put<E extends AnyEntity>(entity: E, id: string, stored: Stored<AnyEntityTypes[E]>): void {
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
    const { records, selling } = splitWritten(this.batch.records.values());
    return { records, ledger: [...this.batch.ledger], conflicts: [...this.batch.conflicts], ...(selling.length ? { selling } : {}) };
  }

  async flush(): Promise<WriteSet> {
    this.commitMutation();
    const writes = this.writes();
    if (hasWrites(writes)) await this.store.save(writes);
    return writes;
  }

  /** Undefined: not known yet; null: known not to exist. */
  private lookup(entity: AnyEntity, id: string): Stored<unknown> | null | undefined {
    const key = recordKey(entity, id);
    return this.layer.records.get(key)?.stored ?? this.batch.records.get(key)?.stored ?? this.cache.get(key);
  }
}

const noRules = (): SellingRules => ({ taxCategories: [], depositItems: [], priceLists: [], quantityBreaks: [], promotions: [] });
