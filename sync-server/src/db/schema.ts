import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Tender } from '@tillsafe/domain';
import { draftStatuses, type DraftRecord, type PackRecord, type RecordMeta, type SaleRecord, type SyncConflict, type VersionVector } from '@tillsafe/sync';

/**
 * The server's tables. Every tenant-owned table carries `tenant_id`, so every query can be scoped
 * (and, from the security issue on, row-level security can enforce it).
 */
export const tenants = pgTable('tenants', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  /** Position of the tenant's change log; its row lock orders positions by commit. */
  changePos: bigint('change_pos', { mode: 'number' }).notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const channels = pgTable(
  'channels',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['store', 'bar'] }).notNull(),
    currency: text('currency').notNull(),
    locale: text('locale').notNull(),
    /**
     * The channel's short code on receipt numbers (`CC` in CC-03-000142), unique in its tenant.
     * Left out ('') on insert, the database makes one from the name's initials (migration 0010's
     * trigger); it never changes after, so receipt numbers stay unique when a channel is renamed.
     */
    code: text('code').notNull().default(''),
  },
  (t) => [uniqueIndex('channels_tenant_code').on(t.tenantId, t.code), check('channels_code_format', sql`${t.code} ~ '^[A-Z0-9]{2,4}$'`)],
);

export const warehouses = pgTable('warehouses', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
  channelId: uuid('channel_id').notNull().references(() => channels.id),
  name: text('name').notNull(),
});

export const categories = pgTable('categories', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
  name: text('name').notNull(),
  sort: integer('sort').notNull(),
  color: text('color').notNull(),
});

export const products = pgTable(
  'products',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    sku: text('sku').notNull(),
    name: text('name').notNull(),
    brand: text('brand').notNull(),
    categoryId: uuid('category_id').notNull().references(() => categories.id),
    volumeMl: integer('volume_ml'),
    ageRestricted: boolean('age_restricted').notNull(),
    taxRateBp: integer('tax_rate_bp').notNull(),
    active: boolean('active').notNull(),
    packs: jsonb('packs').$type<PackRecord[]>().notNull(),
    /** Protocol 2: the tax category (null: `tax_rate_bp`, inclusive) and the deposit per unit. */
    taxCategoryId: uuid('tax_category_id'),
    depositItemId: uuid('deposit_item_id'),
    version: jsonb('version').$type<VersionVector>().notNull().default({ server: 1 }),
    fields: jsonb('fields').$type<RecordMeta['fields']>().notNull().default({}),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /**
     * The product's change as a pull sends it, JSON text written by a trigger on every insert and
     * update (0019): never written by the server, so left out of its inserts (hence optional here).
     */
    changeJson: text('change_json'),
  },
  (t) => [index('products_tenant_sku').on(t.tenantId, t.sku)],
);

/**
 * The people who sign in at the tills with a PIN (hashes only). A back-office member who sets a
 * till PIN gets a row linked by `user_id` (one per organisation); seeded demo staff have none.
 */
export const staff = pgTable(
  'staff',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    name: text('name').notNull(),
    role: text('role', { enum: ['owner', 'manager', 'cashier', 'bartender', 'driver'] }).notNull(),
    pinSalt: text('pin_salt').notNull(),
    pinHash: text('pin_hash').notNull(),
    /** The back-office account this till identity belongs to (users.id), when it has one. */
    userId: uuid('user_id'),
  },
  (t) => [uniqueIndex('staff_tenant_user').on(t.tenantId, t.userId)],
);

export const pairingCodes = pgTable('pairing_codes', {
  code: text('code').primaryKey(),
  tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
  channelId: uuid('channel_id').notNull().references(() => channels.id),
  warehouseId: uuid('warehouse_id').notNull().references(() => warehouses.id),
  /** Demo codes may enrol many tills; a manager's code is single use (security issue). */
  reusable: boolean('reusable').notNull().default(false),
  expiresAt: timestamp('expires_at', { withTimezone: true }),
  usedAt: timestamp('used_at', { withTimezone: true }),
});

export const devices = pgTable('devices', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
  channelId: uuid('channel_id').notNull().references(() => channels.id),
  warehouseId: uuid('warehouse_id').notNull().references(() => warehouses.id),
  name: text('name').notNull(),
  /** SHA-256 of the device token; the token itself is never stored. */
  tokenHash: text('token_hash').notNull().unique(),
  tokenExpiresAt: timestamp('token_expires_at', { withTimezone: true }),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
  /** Highest mutation seq applied from this device, written in the same transaction. */
  lastSeq: bigint('last_seq', { mode: 'number' }).notNull().default(0),
  enrolledAt: timestamp('enrolled_at', { withTimezone: true }).notNull().defaultNow(),
  /**
   * The till's number in its channel (the `03` in CC-03-000142), given at enrolment: the next one
   * free in the channel, never reused (a revoked till keeps its number, and its receipts theirs).
   */
  tillNumber: integer('till_number').notNull(),
}, (t) => [uniqueIndex('devices_channel_till_number').on(t.channelId, t.tillNumber)]);

// The tables a push appends to on every sale — the mutation log, sales, the stock ledger and the
// change index — carry no foreign keys. They are written only through sync/ (a push, a replayed
// rejection, the change log), which takes the tenant and the device from the authenticated
// device row and writes a channel, warehouse or product id only after the mutator has read that
// row in the same tenant and transaction: a stricter check than a foreign key, which ignores the
// tenant. Nothing deletes those parents. The checks cost as much as the inserts: a 200-sale batch
// ran 3,200 of them, about 40% of its database time, each share-locking a parent row: the
// tenant's one hot row among them.

/** Every pushed mutation with its full payload and outcome. Append-only. */
export const mutationLog = pgTable(
  'mutation_log',
  {
    deviceId: uuid('device_id').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    id: uuid('id').notNull(),
    tenantId: uuid('tenant_id').notNull(),
    name: text('name').notNull(),
    args: jsonb('args').notNull(),
    hlc: text('hlc').notNull(),
    actorId: uuid('actor_id').notNull(),
    status: text('status', { enum: ['applied', 'merged', 'duplicate', 'rejected'] }).notNull(),
    code: text('code'),
    message: text('message'),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.deviceId, t.seq] }),
    // Only what waits for a person (0018): nearly every logged mutation is applied, and each push
    // writes hundreds of rows through this index.
    index('mutation_log_tenant_unapplied')
      .on(t.tenantId, t.status)
      .where(sql`${t.status} <> 'applied'`),
  ],
);

export const sales = pgTable(
  'sales',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    channelId: uuid('channel_id').notNull(),
    warehouseId: uuid('warehouse_id').notNull(),
    deviceId: uuid('device_id').notNull(),
    actorId: uuid('actor_id').notNull(),
    receiptNo: text('receipt_no').notNull(),
    currency: text('currency').notNull(),
    lines: jsonb('lines').$type<SaleRecord['lines']>().notNull(),
    total: bigint('total', { mode: 'number' }).notNull(),
    taxTotal: bigint('tax_total', { mode: 'number' }).notNull(),
    tenders: jsonb('tenders').$type<Tender[]>().notNull(),
    change: bigint('change', { mode: 'number' }).notNull(),
    soldAt: timestamp('sold_at', { withTimezone: true }).notNull(),
    flags: jsonb('flags').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    // Protocol 2 (null on protocol-1 sales): see @tillsafe/sync saleSellingFields.
    customerId: uuid('customer_id'),
    payments: jsonb('payments').$type<NonNullable<SaleRecord['payments']>>(),
    priced: jsonb('priced').$type<NonNullable<SaleRecord['priced']>>(),
    settlement: jsonb('settlement').$type<NonNullable<SaleRecord['settlement']>>(),
    ageCheck: jsonb('age_check').$type<NonNullable<SaleRecord['ageCheck']>>(),
    approverId: uuid('approver_id'),
    loyaltyEarned: integer('loyalty_earned'),
    loyaltyRedeemed: integer('loyalty_redeemed'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('sales_tenant_channel').on(t.tenantId, t.channelId),
    // Returns look sales up by receipt number, time and customer (0014).
    index('sales_receipt_no').on(t.tenantId, t.receiptNo),
    index('sales_sold_at').on(t.tenantId, t.soldAt),
    // Most sales have no customer: only those that do are indexed (0018).
    index('sales_customer')
      .on(t.tenantId, t.customerId)
      .where(sql`${t.customerId} is not null`),
  ],
);

/** Stock ledger: stock on hand is the sum of deltas, so offline sales from many tills add up. */
export const stockMovements = pgTable(
  'stock_movements',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    warehouseId: uuid('warehouse_id').notNull(),
    productId: uuid('product_id').notNull(),
    delta: integer('delta').notNull(),
    reason: text('reason', { enum: ['sale', 'adjust', 'refund', 'write_off'] }).notNull(),
    refId: uuid('ref_id').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('stock_movements_product').on(t.tenantId, t.warehouseId, t.productId)],
);

/**
 * The pull log, compacted: one row per record, moved to a new position each time the record
 * changes. A new till therefore pulls each record once, at its latest state.
 */
export const changeIndex = pgTable(
  'change_index',
  {
    tenantId: uuid('tenant_id').notNull(),
    entity: text('entity').notNull(),
    entityId: uuid('entity_id').notNull(),
    pos: bigint('pos', { mode: 'number' }).notNull(),
    op: text('op', { enum: ['put', 'delete'] }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.entity, t.entityId] }), index('change_index_pos').on(t.tenantId, t.pos)],
);

/** Sync metadata of a mutable record: its version vector and the stamp of each field's last write. */
const syncMeta = () => ({
  version: jsonb('version').$type<VersionVector>().notNull().default({}),
  fields: jsonb('fields').$type<RecordMeta['fields']>().notNull().default({}),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const customers = pgTable('customers', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
  name: text('name').notNull(),
  type: text('type', { enum: ['retail', 'wholesale'] }).notNull(),
  phone: text('phone'),
  email: text('email'),
  notes: text('notes').notNull(),
  ...syncMeta(),
});

export const tabs = pgTable(
  'tabs',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    channelId: uuid('channel_id').notNull().references(() => channels.id),
    name: text('name').notNull(),
    tableNo: text('table_no'),
    status: text('status', { enum: ['open', 'closed'] }).notNull(),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    saleId: uuid('sale_id'),
    movedFrom: uuid('moved_from'),
    ...syncMeta(),
  },
  (t) => [index('tabs_channel_status').on(t.tenantId, t.channelId, t.status)],
);

export const tabLines = pgTable(
  'tab_lines',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    /** The tab's channel, so pulls can be scoped without a join. */
    channelId: uuid('channel_id').notNull().references(() => channels.id),
    tabId: uuid('tab_id').notNull().references(() => tabs.id),
    productId: uuid('product_id').notNull().references(() => products.id),
    packId: uuid('pack_id').notNull(),
    qty: integer('qty').notNull(),
    notes: text('notes').notNull(),
    voided: boolean('voided').notNull(),
    addedBy: uuid('added_by').notNull(),
    movedFrom: uuid('moved_from'),
    ...syncMeta(),
  },
  (t) => [index('tab_lines_tab').on(t.tenantId, t.tabId)],
);

/** Parked sales (protocol 3): a cart put aside on one till, resumed or discarded on any of its channel. */
export const drafts = pgTable(
  'drafts',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    channelId: uuid('channel_id').notNull().references(() => channels.id),
    label: text('label').notNull(),
    lines: jsonb('lines').$type<DraftRecord['lines']>().notNull(),
    cartDiscount: jsonb('cart_discount').$type<DraftRecord['cartDiscount']>(),
    customerId: uuid('customer_id'),
    parkedBy: uuid('parked_by').notNull(),
    parkedOn: uuid('parked_on').notNull(),
    parkedAt: timestamp('parked_at', { withTimezone: true }).notNull(),
    status: text('status', { enum: draftStatuses }).notNull(),
    closedBy: uuid('closed_by'),
    closedOn: uuid('closed_on'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    ...syncMeta(),
  },
  (t) => [index('drafts_channel_status').on(t.tenantId, t.channelId, t.status)],
);

export const cashEvents = pgTable('cash_events', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
  channelId: uuid('channel_id').notNull().references(() => channels.id),
  deviceId: uuid('device_id').notNull().references(() => devices.id),
  actorId: uuid('actor_id').notNull(),
  kind: text('kind', { enum: ['float', 'pay_in', 'pay_out', 'no_sale'] }).notNull(),
  amount: bigint('amount', { mode: 'number' }).notNull(),
  note: text('note').notNull(),
  /** The manager whose PIN approved a no-sale the actor could not do alone. */
  approverId: uuid('approver_id'),
  at: timestamp('at', { withTimezone: true }).notNull(),
});

/** Both values of a field two tills wrote concurrently, until a person reviews them. */
export const syncConflicts = pgTable(
  'sync_conflicts',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    entity: text('entity').notNull(),
    recordId: uuid('record_id').notNull(),
    field: text('field').notNull(),
    kept: jsonb('kept').$type<SyncConflict['kept']>().notNull(),
    lost: jsonb('lost').$type<SyncConflict['lost']>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
  },
  (t) => [index('sync_conflicts_open').on(t.tenantId, t.resolvedAt)],
);

/** How a person resolved a rejected mutation: replayed (possibly corrected) or dismissed. Once. */
export const mutationResolutions = pgTable(
  'mutation_resolutions',
  {
    deviceId: uuid('device_id').notNull().references(() => devices.id),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    action: text('action', { enum: ['replay', 'dismiss'] }).notNull(),
    actorId: uuid('actor_id').notNull(),
    /** The corrected args a replay ran with, when they differ from the logged ones. */
    args: jsonb('args'),
    status: text('status', { enum: ['applied', 'merged', 'duplicate', 'rejected', 'dismissed'] }).notNull(),
    code: text('code'),
    message: text('message'),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.deviceId, t.seq] })],
);
