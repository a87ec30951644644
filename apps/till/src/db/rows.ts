import type {
  CashEventRecord,
  CustomerRecord,
  DraftRecord,
  DepositItemRecord,
  LoyaltyEntryRecord,
  PriceListRecord,
  PromotionRecord,
  QuantityBreakRecord,
  SellingSettingsRecord,
  StoredRefund,
  TaxCategoryRecord,
  TabLineRecord,
  TabRecord,
  CategoryRecord,
  ChannelRecord,
  Mutation,
  ProductRecord,
  SaleRecord,
  StaffRecord,
  StockMovement,
  VersionVector,
  WarehouseRecord,
} from '@tillsafe/sync';
import { omit } from '../lib/omit';

/**
 * What the till keeps in IndexedDB. Pulled records keep the version the server sent, so later
 * edits can send the version they saw as `base` (DESIGN §4, version vectors).
 */
export type Versioned<T> = T & { version?: VersionVector };

export type ChannelRow = Versioned<ChannelRecord>;
export type WarehouseRow = Versioned<WarehouseRecord>;
export type CategoryRow = Versioned<CategoryRecord>;
export type StaffRow = Versioned<StaffRecord>;
export type SaleRow = Versioned<SaleRecord>;
export type StockMovementRow = StockMovement;
export type CustomerRow = Versioned<CustomerRecord>;
export type TabRow = Versioned<TabRecord>;
export type TabLineRow = Versioned<TabLineRecord>;
export type CashEventRow = CashEventRecord;
/** A parked sale (protocol 3), with the version the server sent, as resume and discard send it as `base`. */
export type DraftRow = Versioned<DraftRecord>;

// Protocol 2: the selling rules and settings the till prices by, and the immutable records a sale
// leaves behind. Pulled as they are; the till writes refunds optimistically, never loyalty entries.
export type TaxCategoryRow = Versioned<TaxCategoryRecord>;
export type DepositItemRow = Versioned<DepositItemRecord>;
export type PriceListRow = Versioned<PriceListRecord>;
export type QuantityBreakRow = Versioned<QuantityBreakRecord>;
export type PromotionRow = Versioned<PromotionRecord>;
/** Keyed by channel id: the till holds its own channel's only. */
export type SellingSettingsRow = Versioned<SellingSettingsRecord>;
export type RefundRow = Versioned<StoredRefund>;
export type LoyaltyEntryRow = Versioned<LoyaltyEntryRecord>;

/**
 * A product as stored. Rows stored before schema version 6 also carry `barcodes`, every pack's
 * barcodes flattened for an index that version dropped; it is ignored.
 */
export type ProductRow = Versioned<ProductRecord> & { barcodes?: string[] };

/**
 * Products stored together, as a large pull page brings them (schema version 10): `rows[i]` is
 * the product `ids[i]`. The key counts up in write order, so of two chunks holding one product
 * the later one's copy is the newer (db/product-table.ts).
 */
export interface ProductChunkRow {
  /** Given by IndexedDB as the chunk is stored. */
  key: number;
  ids: string[];
  rows: ProductRow[];
}

/** A local mutation waiting to be pushed, exactly as it goes on the wire. */
export type OutboxRow = Mutation;

/** A mutation the server refused: kept with its reason and full payload, never dropped. */
export interface RejectionRow {
  id: string;
  seq: number;
  code: string;
  message: string;
  mutation: Mutation;
  rejectedAt: string;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export function toProductRow(product: ProductRecord, version?: VersionVector): ProductRow {
  return version ? { ...product, version } : { ...product };
}

/** The product record without the till's sync metadata (or a pre-version-6 row's `barcodes`). */
export function fromProductRow(row: ProductRow): ProductRecord {
  return omit(row, 'barcodes', 'version');
}
