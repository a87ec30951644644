import { bigint, boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { QuickKey } from '@tillsafe/sync';
import type { CashRoundingRule, LoyaltyProgramme, PriceListEntry, PricingSettings, Promotion, QuantityBreakSchedule, RefundLineRecord, RefundTender } from '@tillsafe/domain';
import { tenants } from './schema';

/**
 * Selling tables (protocol 2): the rules the pricing engine prices by, each channel's selling
 * settings, and what sales and refunds leave behind — refunds, a sale's payments and the loyalty
 * ledger. Every table carries `tenant_id`. Tax categories are the onboarding `tax_rates` rows.
 *
 * The append-only ones (refunds, sale_payments, loyalty_ledger) are written only by a push, like
 * sales and the stock ledger, and carry no foreign keys for the same reason (schema.ts).
 */

/** A charge added per bottle or per crate, refunded when it comes back. */
export const depositItems = pgTable('deposit_items', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id')
    .notNull()
    .references(() => tenants.id),
  name: text('name').notNull(),
  amount: bigint('amount', { mode: 'number' }).notNull(),
  /** Null: untaxed. */
  taxCategoryId: uuid('tax_category_id'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const priceLists = pgTable(
  'price_lists',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['retail', 'wholesale', 'custom'] }).notNull(),
    /** The customer of a custom list; a sale reads only its own customer's. */
    customerId: uuid('customer_id'),
    currency: text('currency').notNull(),
    validFrom: text('valid_from'),
    validTo: text('valid_to'),
    entries: jsonb('entries').$type<PriceListEntry[]>().notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('price_lists_tenant_customer').on(t.tenantId, t.customerId)],
);

/** Quantity-break schedules, kept whole as the domain schema has them. */
export const quantityBreaks = pgTable('quantity_breaks', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id')
    .notNull()
    .references(() => tenants.id),
  rule: jsonb('rule').$type<QuantityBreakSchedule>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Mixed cases, buy X get Y and happy hours, kept whole as the domain schema has them. */
export const promotions = pgTable('promotions', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id')
    .notNull()
    .references(() => tenants.id),
  kind: text('kind', { enum: ['mix-match', 'buy-x-get-y', 'happy-hour'] }).notNull(),
  rule: jsonb('rule').$type<Promotion>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** How one channel sells (sync's sellingSettings record); a channel without a row uses the defaults. */
export const sellingSettings = pgTable('selling_settings', {
  channelId: uuid('channel_id').primaryKey(),
  tenantId: uuid('tenant_id')
    .notNull()
    .references(() => tenants.id),
  pricing: jsonb('pricing').$type<PricingSettings>().notNull(),
  cashRounding: jsonb('cash_rounding').$type<CashRoundingRule>(),
  minimumAge: integer('minimum_age').notNull(),
  loyalty: jsonb('loyalty').$type<LoyaltyProgramme>(),
  /** The till's quick-key pad, in order. */
  quickKeys: jsonb('quick_keys').$type<QuickKey[]>().notNull().default([]),
  /** Checkout settings (migration 0016): mobile-money providers, the visual age check and its challenge age (null: derived). */
  mobileMoneyProviders: jsonb('mobile_money_providers').$type<string[]>().notNull().default(['M-Pesa', 'MTN MoMo', 'Airtel Money']),
  visualCheck: boolean('visual_check').notNull().default(true),
  challengeAge: integer('challenge_age'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Immutable refunds; together they never take back more of a line than was sold. */
export const refunds = pgTable(
  'refunds',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    saleId: uuid('sale_id').notNull(),
    channelId: uuid('channel_id').notNull(),
    deviceId: uuid('device_id').notNull(),
    actorId: uuid('actor_id').notNull(),
    lines: jsonb('lines').$type<RefundLineRecord[]>().notNull(),
    tenders: jsonb('tenders').$type<RefundTender[]>().notNull(),
    total: bigint('total', { mode: 'number' }).notNull(),
    withReceipt: boolean('with_receipt').notNull(),
    /** As the till wrote it, with the store's UTC offset. */
    at: text('at').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('refunds_sale').on(t.tenantId, t.saleId)],
);

/** One row per payment of a protocol-2 sale, for reconciling tills and terminals. */
export const salePayments = pgTable(
  'sale_payments',
  {
    saleId: uuid('sale_id').notNull(),
    /** The payment's position on the sale; refunds name payments by it. */
    idx: integer('idx').notNull(),
    tenantId: uuid('tenant_id').notNull(),
    kind: text('kind', { enum: ['cash', 'card', 'mobile_money', 'loyalty'] }).notNull(),
    /** What it paid, in minor units (points at their value). */
    amount: bigint('amount', { mode: 'number' }).notNull(),
    points: bigint('points', { mode: 'number' }),
    /** Terminal or provider references, as the till recorded them. */
    reference: text('reference'),
  },
  (t) => [primaryKey({ columns: [t.saleId, t.idx] }), index('sale_payments_tenant_kind').on(t.tenantId, t.kind)],
);

/** A customer's points are the sum of these; entries are created once and never edited. */
export const loyaltyLedger = pgTable(
  'loyalty_ledger',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    customerId: uuid('customer_id').notNull(),
    saleId: uuid('sale_id'),
    kind: text('kind', { enum: ['earn', 'redeem', 'adjust', 'reverse'] }).notNull(),
    points: bigint('points', { mode: 'number' }).notNull(),
    reversesId: uuid('reverses_id'),
    reversedKind: text('reversed_kind', { enum: ['earn', 'redeem', 'adjust'] }),
    reason: text('reason'),
    actorId: uuid('actor_id'),
    at: text('at').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('loyalty_ledger_customer').on(t.tenantId, t.customerId)],
);
