import { and, eq } from 'drizzle-orm';
import {
  emptyMeta,
  type Entity,
  type EntityTypes,
  type RecordMeta,
  type RecordStore,
  type Stored,
  type TabLineRecord,
  type WriteSet,
} from '@tillsafe/sync';
import type { Db } from '../db/database';
import { cashEvents, channels, customers, products, sales, stockMovements, syncConflicts, tabLines, tabs } from '../db/schema';
import { toCashEventRecord, toChannelRecord, toCustomerRecord, toProductRecord, toSaleRecord, toTabLineRecord, toTabRecord } from './records';
import { anyUuid, bulkInsert } from './bulk-write';

interface Adapter<E extends Entity> {
  load(tx: Db, tenantId: string, ids: string[], lock: boolean): Promise<Stored<EntityTypes[E]>[]>;
  save?(tx: Db, tenantId: string, records: Stored<EntityTypes[E]>[]): Promise<void>;
}

const UPSERT = { onConflict: 'update' } as const;
const CREATE_ONCE = { onConflict: 'nothing' } as const;

const meta = (r: { version: RecordMeta['version']; fields: RecordMeta['fields'] }): RecordMeta => ({ version: r.version, fields: r.fields });
const immutable = <T>(data: T): Stored<T> => ({ data, meta: emptyMeta() });

/**
 * How each entity maps to its table. Mutable records are read `FOR UPDATE` inside a push, so two
 * replicas merging into the same record serialise instead of losing each other's fields; they
 * are read in id order (the prefetch sorts), which keeps concurrent batches from deadlocking.
 */
const adapters: { [E in Entity]?: Adapter<E> } = {
  channel: {
    load: async (tx, t, ids) => (await tx.select().from(channels).where(and(eq(channels.tenantId, t), anyUuid(channels.id, ids)))).map((r) => immutable(toChannelRecord(r))),
  },
  product: {
    async load(tx, t, ids, lock) {
      const q = tx.select().from(products).where(and(eq(products.tenantId, t), anyUuid(products.id, ids))).orderBy(products.id);
      return (await (lock ? q.for('update') : q)).map((r) => ({ data: toProductRecord(r), meta: meta(r) }));
    },
    save: (tx, t, rows) => bulkInsert(tx, products, rows.map((r) => ({ ...r.data, tenantId: t, ...r.meta, updatedAt: new Date() })), UPSERT),
  },
  customer: {
    async load(tx, t, ids, lock) {
      const q = tx.select().from(customers).where(and(eq(customers.tenantId, t), anyUuid(customers.id, ids))).orderBy(customers.id);
      return (await (lock ? q.for('update') : q)).map((r) => ({ data: toCustomerRecord(r), meta: meta(r) }));
    },
    save: (tx, t, rows) => bulkInsert(tx, customers, rows.map((r) => ({ ...r.data, tenantId: t, ...r.meta, updatedAt: new Date() })), UPSERT),
  },
  tab: {
    async load(tx, t, ids, lock) {
      const q = tx.select().from(tabs).where(and(eq(tabs.tenantId, t), anyUuid(tabs.id, ids))).orderBy(tabs.id);
      return (await (lock ? q.for('update') : q)).map((r) => ({ data: toTabRecord(r), meta: meta(r) }));
    },
    save: (tx, t, rows) =>
      bulkInsert(
        tx,
        tabs,
        rows.map((r) => ({
          ...r.data,
          openedAt: new Date(r.data.openedAt),
          closedAt: r.data.closedAt === null ? null : new Date(r.data.closedAt),
          tenantId: t,
          ...r.meta,
          updatedAt: new Date(),
        })),
        UPSERT,
      ),
  },
  tabLine: {
    async load(tx, t, ids, lock) {
      const q = tx.select().from(tabLines).where(and(eq(tabLines.tenantId, t), anyUuid(tabLines.id, ids))).orderBy(tabLines.id);
      return (await (lock ? q.for('update') : q)).map((r) => ({ data: toTabLineRecord(r), meta: meta(r) }));
    },
    async save(tx, t, rows) {
      const tabIds = [...new Set(rows.map((r) => r.data.tabId))];
      const channelOf = new Map((await tx.select({ id: tabs.id, channelId: tabs.channelId }).from(tabs).where(anyUuid(tabs.id, tabIds))).map((r) => [r.id, r.channelId]));
      await bulkInsert(
        tx,
        tabLines,
        rows.map((r) => ({ ...r.data, channelId: channelOf.get(r.data.tabId) ?? '', tenantId: t, ...r.meta, updatedAt: new Date() })),
        UPSERT,
      );
    },
  },
  sale: {
    load: async (tx, t, ids) => (await tx.select().from(sales).where(and(eq(sales.tenantId, t), anyUuid(sales.id, ids)))).map((r) => immutable(toSaleRecord(r))),
    async save(tx, t, rows) {
      await bulkInsert(
        tx,
        sales,
        rows.map((r) => ({ ...r.data, soldAt: new Date(r.data.soldAt), tenantId: t })),
        CREATE_ONCE,
      );
    },
  },
  cashEvent: {
    load: async (tx, t, ids) => (await tx.select().from(cashEvents).where(and(eq(cashEvents.tenantId, t), anyUuid(cashEvents.id, ids)))).map((r) => immutable(toCashEventRecord(r))),
    async save(tx, t, rows) {
      await bulkInsert(
        tx,
        cashEvents,
        rows.map((r) => ({ ...r.data, at: new Date(r.data.at), tenantId: t })),
        CREATE_ONCE,
      );
    },
  },
};

/** Write order that satisfies foreign keys (a line's tab before the line). */
const SAVE_ORDER: readonly Entity[] = ['product', 'customer', 'tab', 'tabLine', 'sale', 'cashEvent'];

/** The mutators' RecordStore over PostgreSQL (or PGlite), scoped to one tenant and transaction. */
export function pgRecordStore(tx: Db, tenantId: string): RecordStore {
  return {
    async load<E extends Entity>(entity: E, ids: readonly string[], options: { lock?: boolean } = {}) {
      const adapter = adapters[entity];
      const out = new Map<string, Stored<EntityTypes[E]>>();
      if (!adapter || ids.length === 0) return out;
      for (const stored of await adapter.load(tx, tenantId, [...ids], options.lock ?? true)) out.set((stored.data as { id: string }).id, stored);
      return out;
    },
    async loadTabLines(tabId: string): Promise<Stored<TabLineRecord>[]> {
      const rows = await tx.select().from(tabLines).where(and(eq(tabLines.tenantId, tenantId), eq(tabLines.tabId, tabId))).orderBy(tabLines.id);
      return rows.map((r) => ({ data: toTabLineRecord(r), meta: meta(r) }));
    },
    async save(writes: WriteSet) {
      for (const entity of SAVE_ORDER) {
        const rows = writes.records.filter((w) => w.entity === entity).map((w) => w.stored);
        if (rows.length === 0) continue;
        const adapter = adapters[entity] as Adapter<typeof entity> | undefined;
        if (!adapter?.save) throw new Error(`${entity} records are not written by mutators`);
        await adapter.save(tx, tenantId, rows as Stored<EntityTypes[typeof entity]>[]);
      }
      const unexpected = writes.records.find((w) => !SAVE_ORDER.includes(w.entity));
      if (unexpected) throw new Error(`${unexpected.entity} records are not written by mutators`);
      await bulkInsert(
        tx,
        stockMovements,
        writes.ledger.map((m) => ({ ...m, tenantId })),
        CREATE_ONCE,
      );
      await bulkInsert(
        tx,
        syncConflicts,
        writes.conflicts.map((c) => ({ id: c.id, tenantId, entity: c.entity, recordId: c.recordId, field: c.field, kept: c.kept, lost: c.lost })),
      );
    },
  };
}
