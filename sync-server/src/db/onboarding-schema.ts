import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './identity-schema';
import { categories, channels, tenants, warehouses } from './schema';

/**
 * Onboarding tables: where a new business's set-up wizard stands, what it adds beside the sync
 * tables (channel time zone, product types, tax rates, receipt details) and the documents it
 * sends for approval. Kept apart from the sync and identity tables; drizzle-kit reads all three.
 */

export const documentKinds = ['liquor_licence', 'business_registration', 'tax_registration', 'proof_of_address', 'other'] as const;
export const documentContentTypes = ['application/pdf', 'image/png', 'image/jpeg'] as const;

/**
 * The wizard's progress: the channel and warehouse it made, and when each later step was done.
 * The foreign keys keep the order in the database too: no warehouse without its channel.
 */
export const onboardingProgress = pgTable('onboarding_progress', {
  tenantId: uuid('tenant_id')
    .primaryKey()
    .references(() => tenants.id),
  channelId: uuid('channel_id').references(() => channels.id),
  warehouseId: uuid('warehouse_id').references(() => warehouses.id),
  catalogDoneAt: timestamp('catalog_done_at', { withTimezone: true }),
  taxRatesDoneAt: timestamp('tax_rates_done_at', { withTimezone: true }),
  receiptDoneAt: timestamp('receipt_done_at', { withTimezone: true }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Settings of a channel the till does not need to price a sale: its IANA time zone. */
export const channelSettings = pgTable('channel_settings', {
  channelId: uuid('channel_id')
    .primaryKey()
    .references(() => channels.id),
  tenantId: uuid('tenant_id')
    .notNull()
    .references(() => tenants.id),
  timezone: text('timezone').notNull(),
});

/** Broad kinds of goods (alcoholic drinks, soft drinks, food…); age restriction follows the type. */
export const productTypes = pgTable(
  'product_types',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    name: text('name').notNull(),
    ageRestricted: boolean('age_restricted').notNull(),
    sort: integer('sort').notNull(),
  },
  (t) => [uniqueIndex('product_types_tenant_name').on(t.tenantId, sql`lower(${t.name})`)],
);

/** Which product type a category belongs to (a category has one). */
export const categoryProductTypes = pgTable('category_product_types', {
  categoryId: uuid('category_id')
    .primaryKey()
    .references(() => categories.id),
  tenantId: uuid('tenant_id')
    .notNull()
    .references(() => tenants.id),
  productTypeId: uuid('product_type_id')
    .notNull()
    .references(() => productTypes.id),
});

/** Tax rates an organisation charges, in basis points (2000 = 20 %), included in or added to prices. */
export const taxRates = pgTable(
  'tax_rates',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    name: text('name').notNull(),
    rateBp: integer('rate_bp').notNull(),
    inclusive: boolean('inclusive').notNull(),
    sort: integer('sort').notNull(),
  },
  (t) => [uniqueIndex('tax_rates_tenant_name').on(t.tenantId, sql`lower(${t.name})`), check('tax_rates_rate_bp', sql`${t.rateBp} between 0 and 10000`)],
);

/** What a channel's receipts say about the seller. */
export const receiptDetails = pgTable('receipt_details', {
  channelId: uuid('channel_id')
    .primaryKey()
    .references(() => channels.id),
  tenantId: uuid('tenant_id')
    .notNull()
    .references(() => tenants.id),
  legalName: text('legal_name').notNull(),
  addressLines: jsonb('address_lines').$type<string[]>().notNull(),
  taxNumber: text('tax_number'),
  footer: text('footer').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Documents a business sent for approval; the bytes live in the document store under `storage_key`. */
export const businessDocuments = pgTable(
  'business_documents',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    kind: text('kind', { enum: documentKinds }).notNull(),
    /** The name the uploader gave, for display only; never used as a path. */
    fileName: text('file_name').notNull(),
    /** Sniffed from the bytes, not taken from the client. */
    contentType: text('content_type', { enum: documentContentTypes }).notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    uploadedBy: uuid('uploaded_by')
      .notNull()
      .references(() => users.id),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('business_documents_tenant').on(t.tenantId, t.uploadedAt)],
);
