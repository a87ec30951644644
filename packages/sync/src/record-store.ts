import { z } from 'zod';
import type {
  CashEventRecord,
  CategoryRecord,
  ChannelRecord,
  CustomerRecord,
  DraftRecord,
  ProductRecord,
  SaleRecord,
  StaffRecord,
  TabLineRecord,
  TabRecord,
  WarehouseRecord,
} from './records';
import type {
  DepositItemRecord,
  LoyaltyEntryRecord,
  PriceListRecord,
  PromotionRecord,
  QuantityBreakRecord,
  SellingSettingsRecord,
  StoredRefund,
  TaxCategoryRecord,
} from './selling-records';
import { fieldStampSchema, versionVectorSchema, type FieldStamp, type VersionVector } from './wire';

/** The record each entity name stands for. */
export interface EntityTypes {
  channel: ChannelRecord;
  warehouse: WarehouseRecord;
  category: CategoryRecord;
  product: ProductRecord;
  staff: StaffRecord;
  customer: CustomerRecord;
  tab: TabRecord;
  tabLine: TabLineRecord;
  sale: SaleRecord;
  cashEvent: CashEventRecord;
  /** Parked sales (protocol 3): pulled only by tills that speak it. */
  draft: DraftRecord;
}
export type Entity = keyof EntityTypes;

/**
 * The records selling adds in protocol 2 (selling-records.ts). Kept apart from `EntityTypes`,
 * which lists what every till stores today: a store that keeps them offers `selling`.
 */
export interface SellingEntityTypes {
  taxCategory: TaxCategoryRecord;
  depositItem: DepositItemRecord;
  priceList: PriceListRecord;
  quantityBreak: QuantityBreakRecord;
  promotion: PromotionRecord;
  sellingSettings: SellingSettingsRecord;
  refund: StoredRefund;
  loyaltyEntry: LoyaltyEntryRecord;
}
export type SellingEntity = keyof SellingEntityTypes;
export type AnyEntity = Entity | SellingEntity;
export type AnyEntityTypes = EntityTypes & SellingEntityTypes;

/** The rules that can price any cart of a customer: all of them except other customers' lists. */
export interface SellingRules {
  taxCategories: TaxCategoryRecord[];
  depositItems: DepositItemRecord[];
  priceLists: PriceListRecord[];
  quantityBreaks: QuantityBreakRecord[];
  promotions: PromotionRecord[];
}

/** Where the selling records live, beside the records every till keeps. */
export interface SellingRecordStore {
  load<E extends SellingEntity>(entity: E, ids: readonly string[], options?: { lock?: boolean }): Promise<Map<string, Stored<SellingEntityTypes[E]>>>;
  /** The pricing rules, with the custom price lists of this customer only. */
  rules(customerId: string | null): Promise<SellingRules>;
  /** Every refund of a sale, from any till. */
  refundsOfSale(saleId: string): Promise<StoredRefund[]>;
  /** A customer's loyalty ledger: their balance and lifetime points are its sums. */
  loyaltyEntriesOf(customerId: string): Promise<LoyaltyEntryRecord[]>;
}

/** One written selling record. */
export interface SellingWrite {
  entity: SellingEntity;
  id: string;
  stored: Stored<unknown>;
}

export const recordMetaSchema = z.object({
  version: versionVectorSchema,
  fields: z.record(z.string(), fieldStampSchema),
});
export type RecordMeta = z.infer<typeof recordMetaSchema>;

/** A record as stored on either side: its data and its sync metadata. */
export interface Stored<T> {
  data: T;
  meta: RecordMeta;
}

export const emptyMeta = (): RecordMeta => ({ version: {}, fields: {} });

/** One stock ledger entry: stock on hand is only ever the sum of these (DESIGN §4, ledger). */
export interface StockMovement {
  id: string;
  warehouseId: string;
  productId: string;
  delta: number;
  /** `refund` puts refunded goods back; `write_off` takes out refunded goods that cannot be sold. */
  reason: 'sale' | 'adjust' | 'refund' | 'write_off';
  refId: string;
}

/** Both values of a field written concurrently, kept for a person to review. */
export interface SyncConflict {
  id: string;
  entity: Entity;
  recordId: string;
  field: string;
  kept: { value: unknown; stamp: FieldStamp };
  lost: { value: unknown; stamp: FieldStamp };
}

export interface RecordRef {
  entity: AnyEntity;
  id: string;
  /**
   * The mutation will write this record from what it read (read-modify-write): the server then
   * locks it until commit, so concurrent batches merge into it one after the other. Records only
   * read (a product a sale prices) are not locked, so sales on many tills never queue on them.
   */
  lock?: boolean;
  /**
   * The mutation only reads this record and never writes it (the products a sale prices). When
   * the server rejects the mutation it sends tills back the records it may have written, not these.
   */
  readOnly?: boolean;
}

/** Everything a batch of mutations wrote, handed to the store in one go. */
export interface WriteSet {
  records: { entity: Entity; id: string; stored: Stored<unknown> }[];
  ledger: StockMovement[];
  conflicts: SyncConflict[];
  /** Selling records (protocol 2): refunds, loyalty entries. */
  selling?: SellingWrite[];
}

/** Whether a write set holds anything to save. */
export const hasWrites = (writes: WriteSet): boolean => writes.records.length > 0 || writes.ledger.length > 0 || writes.conflicts.length > 0 || (writes.selling?.length ?? 0) > 0;

/**
 * Where records live: IndexedDB on the till, PostgreSQL on the server, memory in tests. Reads are
 * batched by entity; all writes of a batch arrive at once, so an implementation can write each
 * table with one statement.
 */
export interface RecordStore {
  /** Reads records; `lock` (default true) asks to hold them until the transaction ends. */
  load<E extends Entity>(entity: E, ids: readonly string[], options?: { lock?: boolean }): Promise<Map<string, Stored<EntityTypes[E]>>>;
  /** The lines of a tab (the one secondary lookup mutators need). */
  loadTabLines(tabId: string): Promise<Stored<TabLineRecord>[]>;
  save(writes: WriteSet): Promise<void>;
  /** The selling records, where this store keeps them; protocol-2 mutators need it. */
  selling?: SellingRecordStore;
}

export function versionDominates(a: VersionVector | undefined, b: VersionVector): boolean {
  if (!a) return false;
  return Object.entries(b).every(([node, seq]) => (a[node] ?? 0) >= seq);
}

export function mergeVersions(a: VersionVector, b: VersionVector): VersionVector {
  const out: VersionVector = { ...a };
  for (const [node, seq] of Object.entries(b)) out[node] = Math.max(out[node] ?? 0, seq);
  return out;
}

export const recordKey = (entity: AnyEntity, id: string) => `${entity}:${id}`;
