import type { LoyaltyEntryRecord, SellingEntity, SellingEntityTypes, SellingRecordStore, SellingRules, Stored, StoredRefund } from '@tillsafe/sync';
import { loadRecords, recordTables, type RecordRow } from '../db/record-tables';
import type { TillTables } from '../db/till-tables';

/** The records of `entity` in these rows, without the till's sync metadata. */
function recordsOf<E extends SellingEntity>(entity: E, rows: readonly object[]): SellingEntityTypes[E][] {
  return rows.map((row) => recordTables[entity].fromRow(row as RecordRow).data as SellingEntityTypes[E]);
}

/**
 * The selling records (protocol 2) in IndexedDB, for the sale and refund mutators run on the
 * till: the pricing rules a cart is priced by, and the refunds and loyalty entries of a sale or a
 * customer. Like the record store, it only awaits its tables' requests, so it runs inside a Dexie
 * transaction or a native one. It remembers nothing: a commit's overlay (OverlayTx.sellingRules)
 * reads a customer's rules once for both the sale's pricing and its mutator.
 * Reads come back in id order, as on the server, though pricing depends on no order.
 */
export function dexieSellingStore(db: TillTables): SellingRecordStore {
  return {
    load: async <E extends SellingEntity>(entity: E, ids: readonly string[]) => (await loadRecords(db, entity, ids)) as Map<string, Stored<SellingEntityTypes[E]>>,
    rules: (customerId) => readRules(db, customerId),
    async refundsOfSale(saleId): Promise<StoredRefund[]> {
      return recordsOf('refund', await db.refunds.where('saleId').equals(saleId).toArray());
    },
    async loyaltyEntriesOf(customerId): Promise<LoyaltyEntryRecord[]> {
      return recordsOf('loyaltyEntry', await db.loyaltyEntries.where('customerId').equals(customerId).toArray());
    },
  };
}

async function readRules(db: TillTables, customerId: string | null): Promise<SellingRules> {
  // Every retail and wholesale list, and the custom lists of this customer only: another
  // customer's contract prices never price this cart (and are not read at all).
  const [taxCategories, depositItems, sharedLists, customLists, quantityBreaks, promotions] = await Promise.all([
    db.taxCategories.toArray(),
    db.depositItems.toArray(),
    db.priceLists.where('kind').anyOf(['retail', 'wholesale']).toArray(),
    customerId === null ? [] : db.priceLists.where('customerId').equals(customerId).toArray(),
    db.quantityBreaks.toArray(),
    db.promotions.toArray(),
  ]);
  const priceLists = [...sharedLists, ...customLists.filter((l) => l.kind === 'custom')].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    taxCategories: recordsOf('taxCategory', taxCategories),
    depositItems: recordsOf('depositItem', depositItems),
    priceLists: recordsOf('priceList', priceLists),
    quantityBreaks: recordsOf('quantityBreak', quantityBreaks),
    promotions: recordsOf('promotion', promotions),
  };
}
