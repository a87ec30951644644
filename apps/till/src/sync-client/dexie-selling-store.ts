import Dexie, { type Transaction } from 'dexie';
import type { LoyaltyEntryRecord, SellingEntity, SellingEntityTypes, SellingRecordStore, SellingRules, Stored, StoredRefund } from '@tillsafe/sync';
import { loadRecords, recordTables, type RecordRow } from '../db/record-tables';
import type { TillTables } from '../db/till-tables';

/** The records of `entity` in these rows, without the till's sync metadata. */
function recordsOf<E extends SellingEntity>(entity: E, rows: readonly object[]): SellingEntityTypes[E][] {
  return rows.map((row) => recordTables[entity].fromRow(row as RecordRow).data as SellingEntityTypes[E]);
}

/**
 * Rules read in a transaction, by customer: a sale reads them to price its cart, and its mutator
 * reads them again in the same transaction, which writes none of them; the second read is the
 * first one's answer, one round trip to IndexedDB less on the way to a stored sale. A transaction
 * that stores rules (a pull page, a push answer's corrections) forgets what it read before.
 */
const rulesOfTransaction = new WeakMap<IDBTransaction, Map<string, Promise<SellingRules>>>();

/** The IndexedDB transaction running now, the same for Dexie's nested transactions (commitMutation's in a sale's). */
function runningTransaction(): IDBTransaction | undefined {
  // Dexie types it as always there; outside a transaction it is null.
  const running = Dexie.currentTransaction as Transaction | null;
  return running?.idbtrans;
}

/** Call after storing selling records in the running transaction: its next rules read reads them. */
export function forgetRulesRead(): void {
  const transaction = runningTransaction();
  if (transaction) rulesOfTransaction.delete(transaction);
}

/**
 * The selling records (protocol 2) in IndexedDB, for the sale and refund mutators run on the
 * till: the pricing rules a cart is priced by, and the refunds and loyalty entries of a sale or a
 * customer. Like the record store, it only awaits its tables' requests, so it runs inside a Dexie
 * transaction or a native one (a native commit's overlay keeps the rules it read itself).
 * Reads come back in id order, as on the server, though pricing depends on no order.
 */
export function dexieSellingStore(db: TillTables): SellingRecordStore {
  return {
    load: async <E extends SellingEntity>(entity: E, ids: readonly string[]) => (await loadRecords(db, entity, ids)) as Map<string, Stored<SellingEntityTypes[E]>>,
    rules(customerId): Promise<SellingRules> {
      const transaction = runningTransaction();
      if (!transaction) return readRules(db, customerId);
      let read = rulesOfTransaction.get(transaction);
      if (!read) rulesOfTransaction.set(transaction, (read = new Map<string, Promise<SellingRules>>()));
      let rules = read.get(customerId ?? '');
      if (!rules) read.set(customerId ?? '', (rules = readRules(db, customerId)));
      return rules;
    },
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
