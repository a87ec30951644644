import { and, eq } from 'drizzle-orm';
import {
  emptyMeta,
  type Entity,
  type EntityTypes,
  type RecordMeta,
  type RecordStore,
  type SaleRecord,
  type StockMovement,
  type Stored,
  type TabLineRecord,
  type TabRecord,
  type WriteSet,
} from '@tillsafe/sync';
import { paymentValue, type Payment } from '@tillsafe/domain';
import type { Db } from '../db/database';
import { staffInChannel } from '../auth/channel-staff';
import { cashEvents, channels, customers, drafts, products, sales, stockMovements, syncConflicts, tabLines, tabs } from '../db/schema';
import { salePayments } from '../db/selling-schema';
import { productColumns, toCashEventRecord, toChannelRecord, toCustomerRecord, toDraftRecord, toProductRecord, toSaleRecord, toStaffRecord, toTabLineRecord, toTabRecord } from './records';
import { anyUuid, bulkInsert } from './bulk-write';
import { pgSellingStore, saveSelling } from './pg-selling-store';

interface Adapter<E extends Entity> {
  /** `channelId`: the channel of the till whose mutations read them, when there is one. */
  load(tx: Db, tenantId: string, ids: string[], lock: boolean, channelId: string | undefined): Promise<Stored<EntityTypes[E]>[]>;
  /** Issues the statement that writes the records; `tabChannels` maps the lines' tabs to their channel. */
  save?(tx: Db, tenantId: string, records: Stored<EntityTypes[E]>[], tabChannels: ReadonlyMap<string, string>): Promise<void>;
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
    load: async (tx, t, ids) =>
      (await tx.select().from(channels).where(and(eq(channels.tenantId, t), anyUuid(channels.id, ids))).prepare('load-channels').execute()).map((r) => immutable(toChannelRecord(r))),
  },
  product: {
    async load(tx, t, ids, lock) {
      const q = tx.select(productColumns).from(products).where(and(eq(products.tenantId, t), anyUuid(products.id, ids))).orderBy(products.id);
      return (await (lock ? q.for('update') : q).prepare('load-products').execute()).map((r) => ({ data: toProductRecord(r), meta: meta(r) }));
    },
    save: (tx, t, rows) =>
      bulkInsert(
        tx,
        products,
        rows.map((r) => ({ ...r.data, taxCategoryId: r.data.taxCategoryId ?? null, depositItemId: r.data.depositItemId ?? null, tenantId: t, ...r.meta, updatedAt: new Date() })),
        UPSERT,
      ),
  },
  // An approver as the till's channel knows them: with their role there, absent without one.
  staff: {
    async load(tx, t, ids, _lock, channelId) {
      if (channelId === undefined) throw new Error('staff are read for the channel of a till: give pgRecordStore its channel');
      return (await staffInChannel(tx, t, channelId, ids)).map((r) => immutable(toStaffRecord(r)));
    },
  },
  customer: {
    async load(tx, t, ids, lock) {
      const q = tx.select().from(customers).where(and(eq(customers.tenantId, t), anyUuid(customers.id, ids))).orderBy(customers.id);
      return (await (lock ? q.for('update') : q).prepare('load-customers').execute()).map((r) => ({ data: toCustomerRecord(r), meta: meta(r) }));
    },
    save: (tx, t, rows) => bulkInsert(tx, customers, rows.map((r) => ({ ...r.data, tenantId: t, ...r.meta, updatedAt: new Date() })), UPSERT),
  },
  tab: {
    async load(tx, t, ids, lock) {
      const q = tx.select().from(tabs).where(and(eq(tabs.tenantId, t), anyUuid(tabs.id, ids))).orderBy(tabs.id);
      return (await (lock ? q.for('update') : q).prepare('load-tabs').execute()).map((r) => ({ data: toTabRecord(r), meta: meta(r) }));
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
      return (await (lock ? q.for('update') : q).prepare('load-tab-lines').execute()).map((r) => ({ data: toTabLineRecord(r), meta: meta(r) }));
    },
    save: (tx, t, rows, tabChannels) =>
      bulkInsert(
        tx,
        tabLines,
        rows.map((r) => ({ ...r.data, channelId: tabChannels.get(r.data.tabId) ?? '', tenantId: t, ...r.meta, updatedAt: new Date() })),
        UPSERT,
      ),
  },
  draft: {
    // Locked when a resume or discard reads it: two tills taking one parked sale go one after the other.
    async load(tx, t, ids, lock) {
      const q = tx.select().from(drafts).where(and(eq(drafts.tenantId, t), anyUuid(drafts.id, ids))).orderBy(drafts.id);
      return (await (lock ? q.for('update') : q).prepare('load-drafts').execute()).map((r) => ({ data: toDraftRecord(r), meta: meta(r) }));
    },
    save: (tx, t, rows) =>
      bulkInsert(
        tx,
        drafts,
        rows.map((r) => ({
          ...r.data,
          parkedAt: new Date(r.data.parkedAt),
          closedAt: r.data.closedAt === null ? null : new Date(r.data.closedAt),
          tenantId: t,
          ...r.meta,
          updatedAt: new Date(),
        })),
        UPSERT,
      ),
  },
  sale: {
    // Locked when a refund reads it: refunds of one sale from several tills are planned in turn.
    async load(tx, t, ids, lock) {
      const q = tx.select().from(sales).where(and(eq(sales.tenantId, t), anyUuid(sales.id, ids)));
      return (await (lock ? q.orderBy(sales.id).for('update').prepare('lock-sales') : q.prepare('load-sales')).execute()).map((r) => immutable(toSaleRecord(r)));
    },
    save: (tx, t, rows) =>
      Promise.all([
        bulkInsert(tx, sales, rows.map(({ data }) => saleRow(t, data)), CREATE_ONCE),
        bulkInsert(
          tx,
          salePayments,
          rows.flatMap(({ data }) => (data.payments ?? []).map((payment, idx) => paymentRow(t, data.id, idx, payment))),
          { onConflict: 'nothing', target: ['saleId', 'idx'] },
        ),
      ]).then(() => undefined),
  },
  cashEvent: {
    load: async (tx, t, ids) =>
      (await tx.select().from(cashEvents).where(and(eq(cashEvents.tenantId, t), anyUuid(cashEvents.id, ids))).prepare('load-cash-events').execute()).map((r) =>
        immutable(toCashEventRecord(r)),
      ),
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

/**
 * A sale's row, written field by field (no spread, no Date): a batch writes hundreds of sales.
 * A protocol-1 sale writes only the protocol-1 columns.
 */
function saleRow(tenantId: string, s: SaleRecord) {
  const row = {
    id: s.id,
    tenantId,
    channelId: s.channelId,
    warehouseId: s.warehouseId,
    deviceId: s.deviceId,
    actorId: s.actorId,
    receiptNo: s.receiptNo,
    currency: s.currency,
    lines: s.lines,
    total: s.total,
    taxTotal: s.taxTotal,
    tenders: s.tenders,
    change: s.change,
    soldAt: s.soldAt,
    flags: s.flags,
  };
  if (!s.priced) return row;
  return {
    ...row,
    customerId: s.customerId ?? null,
    payments: s.payments ?? null,
    priced: s.priced,
    settlement: s.settlement ?? null,
    ageCheck: s.ageCheck ?? null,
    approverId: s.approverId ?? null,
    loyaltyEarned: s.loyaltyEarned ?? null,
    loyaltyRedeemed: s.loyaltyRedeemed ?? null,
  } satisfies Record<keyof SaleRecord | 'tenantId', unknown>;
}

function paymentRow(tenantId: string, saleId: string, idx: number, p: Payment) {
  const reference = p.kind === 'card' ? `${p.last4}/${p.approvalCode}/${p.terminalRef}` : p.kind === 'mobile_money' ? `${p.provider}/${p.reference}` : null;
  return { saleId, idx, tenantId, kind: p.kind, amount: paymentValue(p), points: p.kind === 'loyalty' ? p.points : null, reference };
}

/**
 * A tab line's row carries its tab's channel. Tabs written in the same batch (a line moved to a
 * new tab) give theirs; the others are read, before any write is issued.
 */
async function channelsOfTabs(tx: Db, tenantId: string, lines: readonly Stored<TabLineRecord>[], written: readonly Stored<TabRecord>[]): Promise<Map<string, string>> {
  const byTab = new Map(written.map((t) => [t.data.id, t.data.channelId]));
  const unknown = [...new Set(lines.map((l) => l.data.tabId))].filter((id) => !byTab.has(id));
  if (unknown.length === 0) return byTab;
  const rows = await tx
    .select({ id: tabs.id, channelId: tabs.channelId })
    .from(tabs)
    .where(and(eq(tabs.tenantId, tenantId), anyUuid(tabs.id, unknown)))
    .prepare('tab-channels')
    .execute();
  for (const r of rows) byTab.set(r.id, r.channelId);
  return byTab;
}

/** Write order that satisfies foreign keys (a line's tab before the line). */
const SAVE_ORDER: readonly Entity[] = ['product', 'customer', 'tab', 'tabLine', 'draft', 'sale', 'cashEvent'];

/**
 * The mutators' RecordStore over PostgreSQL (or PGlite), scoped to one tenant and transaction,
 * and, for a till's mutations, to that till's channel: staff are read with their role there.
 */
export function pgRecordStore(tx: Db, tenantId: string, channelId?: string): RecordStore {
  return {
    async load<E extends Entity>(entity: E, ids: readonly string[], options: { lock?: boolean } = {}) {
      const adapter = adapters[entity];
      const out = new Map<string, Stored<EntityTypes[E]>>();
      if (!adapter || ids.length === 0) return out;
      for (const stored of await adapter.load(tx, tenantId, [...ids], options.lock ?? true, channelId)) out.set((stored.data as { id: string }).id, stored);
      return out;
    },
    async loadTabLines(tabId: string): Promise<Stored<TabLineRecord>[]> {
      const rows = await tx.select().from(tabLines).where(and(eq(tabLines.tenantId, tenantId), eq(tabLines.tabId, tabId))).orderBy(tabLines.id).prepare('lines-of-tab').execute();
      return rows.map((r) => ({ data: toTabLineRecord(r), meta: meta(r) }));
    },
    /**
     * One statement per table, issued together in SAVE_ORDER: the driver pipelines them, so the
     * batch's writes cost one round trip, and they still run in that order.
     */
    selling: pgSellingStore(tx, tenantId),
    async save(writes: WriteSet) {
      const unexpected = writes.records.find((w) => !adapters[w.entity]?.save);
      if (unexpected) throw new Error(`${unexpected.entity} records are not written by mutators`);
      const byEntity = new Map<Entity, Stored<unknown>[]>();
      for (const w of writes.records) {
        const rows = byEntity.get(w.entity);
        if (rows) rows.push(w.stored);
        else byEntity.set(w.entity, [w.stored]);
      }
      const tabChannels = await channelsOfTabs(tx, tenantId, (byEntity.get('tabLine') ?? []) as Stored<TabLineRecord>[], (byEntity.get('tab') ?? []) as Stored<TabRecord>[]);
      const statements: Promise<void>[] = [];
      for (const entity of SAVE_ORDER) {
        const rows = byEntity.get(entity);
        const adapter = adapters[entity] as Adapter<typeof entity> | undefined;
        if (rows && adapter?.save) statements.push(adapter.save(tx, tenantId, rows as Stored<EntityTypes[typeof entity]>[], tabChannels));
      }
      statements.push(
        bulkInsert(
          tx,
          stockMovements,
          writes.ledger.map((m) => ({ id: m.id, tenantId, warehouseId: m.warehouseId, productId: m.productId, delta: m.delta, reason: m.reason, refId: m.refId }) satisfies Record<keyof StockMovement | 'tenantId', unknown>),
          CREATE_ONCE,
        ),
        bulkInsert(
          tx,
          syncConflicts,
          writes.conflicts.map((c) => ({ id: c.id, tenantId, entity: c.entity, recordId: c.recordId, field: c.field, kept: c.kept, lost: c.lost })),
        ),
        saveSelling(tx, tenantId, writes.selling ?? []),
      );
      await Promise.all(statements);
    },
  };
}
