import type { AgeCheck, ManualDiscount, MinorUnits, Payment } from '@tillsafe/domain';
import { defaultSellingSettings, MutationRejected, uuidv7, type ProductRecord, type SaleCompleteV2Args, type SellingSettingsRecord } from '@tillsafe/sync';
import { getMeta, setMeta } from '../../db/meta';
import { recordTables } from '../../db/record-tables';
import { fromProductRow, type SaleRow } from '../../db/rows';
import type { TillDb } from '../../db/till-db';
import { storeTimestamp } from '../../lib/store-time';
import { commitMutation, commitTables } from '../../sync-client/commit-mutation';
import { dexieSellingStore } from '../../sync-client/dexie-selling-store';
import { TillError } from '../../sync-client/till-error';
import type { CartLine } from '../sell/cart-store';
import { priceTillCart, type CartPricing } from '../sell/price-cart';
import { nextReceipt, type NextReceipt } from './receipt-number';

/** A sale as the till completes it: the cart, how it was paid, the age check, who approved, for whom. */
export interface SaleInput {
  /** The sale's id when it was chosen before payment (a card terminal records it); a new one otherwise. */
  saleId?: string | undefined;
  /** The cart store's lines (their line ids become the sale's) and the cart discount. */
  cart: { lines: readonly CartLine[]; cartDiscount: ManualDiscount | null };
  /** The split tender in the order taken; only cash may be more than is due (the change). */
  payments: readonly Payment[];
  /** The check of the customer's age, when the cart holds an age-restricted item. */
  ageCheck: AgeCheck | null;
  /** The manager who approved discounts beyond the cashier's limit. */
  approverId: string | null;
  customerId: string | null;
  /**
   * The total the customer was shown. Pricing runs again at the moment of sale (a happy hour may
   * have begun, a pull may have changed a price); when it differs nothing is stored (TOTAL_CHANGED).
   */
  shownTotal?: MinorUnits | undefined;
}

/**
 * Completes a sale with `sale.complete` (protocol 2): prices the cart at the moment of sale from
 * the rules the till holds, exactly as the mutator will (the same `priceCart`, the same records),
 * takes the next receipt number and commits the mutation with that price as `clientTotal` — the
 * sale, its stock entries, the outbox entry and the receipt counter in ONE Dexie transaction
 * (commitMutation's joins this one), so a refused sale uses up no receipt number and a stored sale
 * always has one. A cart that cannot sell as it stands (a discount waiting for a manager, a line no
 * longer in the catalog, a missing rule) is refused with the code the mutator would refuse it with.
 * Each stored sale leaves a `sale.commit` performance measure, for DevTools and the bench.
 */
export async function completeSale(db: TillDb, input: SaleInput, now: () => Date = () => new Date()): Promise<SaleRow> {
  const started = performance.now();
  const sale = await storeSale(db, input, now);
  performance.measure('sale.commit', { start: started });
  return sale;
}

function storeSale(db: TillDb, input: SaleInput, now: () => Date): Promise<SaleRow> {
  return db.transaction('rw', commitTables(db, 'sale.complete'), async () => {
    const soldAt = now();
    const at = storeTimestamp(soldAt);
    const saleId = input.saleId ?? uuidv7(soldAt.getTime());
    const { receipt, pricing } = await priceAtSale(db, input, at);
    const args = saleArgs(saleId, receipt, input, pricing.cart.total, at);
    const [{ written }] = await Promise.all([
      // What the mutator reads (the sale, channel, settings, customer, approver, products) is
      // fetched with the counters; the rules it prices by were read above, in this transaction.
      commitMutation(db, 'sale.complete', args, () => soldAt.getTime()),
      setMeta(db, 'receiptCounter', receipt.counter),
    ]);
    // The sale as the mutator stored it, without reading it back.
    const stored = written.records.find((w) => w.entity === 'sale' && w.id === saleId);
    if (!stored) throw new Error(`Sale ${saleId} was not stored.`);
    return recordTables.sale.toRow(stored.stored) as SaleRow;
  });
}

/** The receipt number and the cart priced at the moment of sale, from what the till holds, in the sale's transaction. */
async function priceAtSale(db: TillDb, input: SaleInput, at: string): Promise<{ receipt: NextReceipt; pricing: Extract<CartPricing, { ok: true }> }> {
  const { cart, customerId, approverId } = input;
  const [receipt, session, rules, customer, approver, productRows] = await Promise.all([
    nextReceipt(db),
    getMeta(db, 'session'),
    dexieSellingStore(db).rules(customerId),
    customerId === null ? undefined : db.customers.get(customerId),
    approverId === null ? undefined : db.staff.get(approverId),
    db.products.bulkGet([...new Set(cart.lines.map((l) => l.productId))]),
  ]);
  if (!session) throw new TillError('NOT_SIGNED_IN', 'Sign in before selling.');
  const [actor, settingsRow] = await Promise.all([db.staff.get(session.staffId), db.sellingSettings.get(receipt.enrolment.channelId)]);
  if (!actor) throw new TillError('NOT_SIGNED_IN', 'Sign in before selling.');
  if (customerId !== null && !customer) throw new MutationRejected('UNKNOWN_RECORD', `Customer ${customerId} is not known on this till.`);
  const settings = settingsRow ? (recordTables.sellingSettings.fromRow(settingsRow).data as SellingSettingsRecord) : defaultSellingSettings(receipt.enrolment.channelId);
  const products = new Map<string, ProductRecord>(productRows.flatMap((row) => (row ? [[row.id, fromProductRow(row)]] : [])));
  const pricing = priceTillCart(cart, products, {
    currency: receipt.channel.currency,
    settings,
    rules,
    customer: customer ?? null,
    actor,
    approver: approver ?? null,
    at,
  });
  if (!pricing.ok) throw new MutationRejected(pricing.error.code, pricing.error.message, pricing.error);
  const [unknown] = pricing.unknownLineIds;
  if (unknown !== undefined) throw new MutationRejected('UNKNOWN_PRODUCT', 'A line of the cart is no longer in the catalog: remove it to sell the rest.');
  const [held] = pricing.held;
  if (held) throw new MutationRejected(held.failure.code, held.failure.message, held.failure);
  if (input.shownTotal !== undefined && pricing.cart.total !== input.shownTotal) {
    throw new TillError('TOTAL_CHANGED', 'The prices changed while paying (a promotion began or ended, or a price was updated). Check the new total and take the payment again.', {
      shown: input.shownTotal,
      now: pricing.cart.total,
    });
  }
  return { receipt, pricing };
}

function saleArgs(saleId: string, receipt: NextReceipt, input: SaleInput, total: MinorUnits, soldAt: string): SaleCompleteV2Args {
  return {
    v: 2,
    saleId,
    receiptNo: receipt.receiptNo,
    channelId: receipt.enrolment.channelId,
    warehouseId: receipt.enrolment.warehouseId,
    customerId: input.customerId,
    lines: input.cart.lines.map(({ lineId, productId, packId, qty, notes, manualDiscount }) => ({ lineId, productId, packId, qty, notes, manualDiscount })),
    cartDiscount: input.cart.cartDiscount,
    approverId: input.approverId,
    payments: [...input.payments],
    ageCheck: input.ageCheck,
    clientTotal: total,
    soldAt,
  };
}
