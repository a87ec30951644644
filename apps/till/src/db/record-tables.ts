import type { Table } from 'dexie';
import {
  cashEventRecordSchema,
  categoryRecordSchema,
  channelRecordSchema,
  customerRecordSchema,
  depositItemRecordSchema,
  draftRecordSchema,
  emptyMeta,
  loyaltyEntryRecordSchema,
  priceListRecordSchema,
  productRecordSchema,
  promotionRecordSchema,
  quantityBreakRecordSchema,
  refundRecordWireSchema,
  saleRecordSchema,
  sellingSettingsRecordSchema,
  staffRecordSchema,
  tabLineRecordSchema,
  tabRecordSchema,
  taxCategoryRecordSchema,
  warehouseRecordSchema,
  type AnyEntity,
  type RecordMeta,
  type Stored,
} from '@tillsafe/sync';
import type { z } from 'zod';
import { omit } from '../lib/omit';
import { productTable } from './product-table';
import type { TillDb } from './till-db';
import type { RowTable, TillTables } from './till-tables';

/** A record row in IndexedDB: the record's own fields plus its sync metadata (and index helpers). */
export type RecordRow = Record<string, unknown> & { id: string; version?: RecordMeta['version']; fields?: RecordMeta['fields'] };

export interface RecordTable {
  table: (db: TillTables) => RowTable<RecordRow>;
  /** The IndexedDB tables `table` reads and writes, for a transaction's scope. */
  stores: (db: TillDb) => Table[];
  /** Parses a pulled record. */
  schema: z.ZodType;
  toRow: (stored: Stored<unknown>) => RecordRow;
  fromRow: (row: RecordRow) => Stored<unknown>;
}

/** Row fields that are not the record's: its sync metadata, and the `barcodes` a product row stored before schema version 6 carries. */
const INDEX_FIELDS = ['version', 'fields', 'barcodes'] as const;

const plainRow = (stored: Stored<unknown>): RecordRow => ({ ...(stored.data as RecordRow), version: stored.meta.version, fields: stored.meta.fields });
const plainRecord = (row: RecordRow): Stored<unknown> => ({
  data: omit(row, ...INDEX_FIELDS),
  meta: { version: row.version ?? emptyMeta().version, fields: row.fields ?? {} },
});

const binding = (table: (db: TillTables) => RowTable<never>, schema: z.ZodType, stores = (db: TillDb) => [table(db) as unknown as Table]): RecordTable => ({
  table,
  stores,
  schema,
  toRow: plainRow,
  fromRow: plainRecord,
});

/**
 * Every entity the till stores, with its table and row mapping: one place for pull and mutators.
 * From protocol 2 that includes the selling records (schema version 4), from 3 parked sales (9).
 */
export const recordTables: Record<AnyEntity, RecordTable> = {
  channel: binding((db) => db.channels as never, channelRecordSchema),
  warehouse: binding((db) => db.warehouses as never, warehouseRecordSchema),
  category: binding((db) => db.categories as never, categoryRecordSchema),
  // Rows and chunks as one table (schema version 10).
  product: binding((db) => productTable(db) as never, productRecordSchema, (db) => [db.products, db.productChunks]),
  staff: binding((db) => db.staff as never, staffRecordSchema),
  customer: binding((db) => db.customers as never, customerRecordSchema),
  tab: binding((db) => db.tabs as never, tabRecordSchema),
  tabLine: binding((db) => db.tabLines as never, tabLineRecordSchema),
  sale: binding((db) => db.sales as never, saleRecordSchema),
  cashEvent: binding((db) => db.cashEvents as never, cashEventRecordSchema),
  draft: binding((db) => db.drafts as never, draftRecordSchema),
  taxCategory: binding((db) => db.taxCategories as never, taxCategoryRecordSchema),
  depositItem: binding((db) => db.depositItems as never, depositItemRecordSchema),
  priceList: binding((db) => db.priceLists as never, priceListRecordSchema),
  quantityBreak: binding((db) => db.quantityBreaks as never, quantityBreakRecordSchema),
  promotion: binding((db) => db.promotions as never, promotionRecordSchema),
  sellingSettings: binding((db) => db.sellingSettings as never, sellingSettingsRecordSchema),
  refund: binding((db) => db.refunds as never, refundRecordWireSchema),
  loyaltyEntry: binding((db) => db.loyaltyEntries as never, loyaltyEntryRecordSchema),
};

/** The tables a mutator may touch; a mutation's transaction must include all of them. */
export function mutatorTables(db: TillDb): Table[] {
  return [...new Set(Object.values(recordTables).flatMap((t) => t.stores(db))), db.stockMovements];
}

/** Records of one entity by id (those the till holds), with their sync metadata. */
export async function loadRecords(db: TillTables, entity: AnyEntity, ids: readonly string[]): Promise<Map<string, Stored<unknown>>> {
  const binding = recordTables[entity];
  const rows = await binding.table(db).bulkGet([...ids]);
  const out = new Map<string, Stored<unknown>>();
  for (const row of rows) if (row) out.set(row.id, binding.fromRow(row));
  return out;
}
