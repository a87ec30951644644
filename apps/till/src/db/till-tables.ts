import type { IndexableType } from 'dexie';
import type { TillDb } from './till-db';

/**
 * The reads and writes a local mutation makes of one table. Dexie's tables have them, and so do
 * the tables of a native IndexedDB transaction (native-transaction.ts), which the till's commits
 * run in: code written against this runs on either.
 */
export interface RowTable<T> {
  get(key: IndexableType): Promise<T | undefined>;
  bulkGet(keys: IndexableType[]): Promise<(T | undefined)[]>;
  toArray(): Promise<T[]>;
  where(index: string): {
    equals(value: IndexableType): { toArray(): Promise<T[]> };
    anyOf(values: readonly IndexableType[]): { toArray(): Promise<T[]> };
  };
  count(): Promise<number>;
  /** The primary keys, as Dexie's `toCollection().primaryKeys()` reads them. */
  toCollection(): { primaryKeys(): Promise<IndexableType[]> };
  put(row: T): Promise<unknown>;
  add(row: T): Promise<unknown>;
  bulkPut(rows: readonly T[]): Promise<unknown>;
  delete(key: IndexableType): Promise<unknown>;
  bulkDelete(keys: IndexableType[]): Promise<unknown>;
}

/** The till's tables that mutations read and write (not its local-only print and ticket tables). */
export const TILL_TABLE_NAMES = [
  'meta',
  'channels',
  'warehouses',
  'categories',
  'products',
  'productChunks',
  'staff',
  'sales',
  'stockMovements',
  'outbox',
  'rejections',
  'customers',
  'tabs',
  'tabLines',
  'cashEvents',
  'drafts',
  'taxCategories',
  'depositItems',
  'priceLists',
  'quantityBreaks',
  'promotions',
  'sellingSettings',
  'refunds',
  'loyaltyEntries',
] as const satisfies readonly (keyof TillDb)[];
export type TillTableName = (typeof TILL_TABLE_NAMES)[number];

/** The rows of a Dexie table, as it reads them. */
type RowOf<T> = T extends { filter(fn: (row: infer Row) => boolean): unknown } ? Row : never;

/** The till's tables, as Dexie or a native transaction offers them. A TillDb is one. */
export type TillTables = { readonly [K in TillTableName]: RowTable<RowOf<TillDb[K]>> };
