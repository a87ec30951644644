import type { AgeCheck, ManualDiscount, MinorUnits, Payment } from '@tillsafe/domain';
import { channelSellingSettings, MutationRejected, uuidv7, type OverlayTx, type ProductRecord, type SaleCompleteV2Args } from '@tillsafe/sync';
import type { SaleRow, StaffRow } from '../../db/rows';
import type { TillDb } from '../../db/till-db';
import { storeTimestamp } from '../../lib/store-time';
import type { TillTables } from '../../db/till-tables';
import { commitMutation, type ArgsReader } from '../../sync-client/commit-mutation';
import { TillError } from '../../sync-client/till-error';
import type { CartLine } from '../sell/cart-store';
import { priceTillCart, type CartPricing } from '../sell/price-cart';
import { nextReceipt, ReceiptCounter, type NextReceipt } from './receipt-number';
import { storedSale } from './stored-sale';

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
 * sale, its stock entries, the outbox entry and the receipt counter in ONE IndexedDB transaction
 * (commitMutation's), so a refused sale uses up no receipt number and a stored sale always has
 * one. A cart that cannot sell as it stands (a discount waiting for a manager, a line no longer in
 * the catalog, a missing rule) is refused with the code the mutator would refuse it with.
 * Each stored sale leaves a `sale.commit` performance measure, for DevTools and the bench.
 */
export async function completeSale(db: TillDb, input: SaleInput, now: () => Date = () => new Date()): Promise<SaleRow> {
  const started = performance.now();
  const sale = await storeSale(db, input, now);
  performance.measure('sale.commit', { start: started });
  return sale;
}

async function storeSale(db: TillDb, input: SaleInput, now: () => Date): Promise<SaleRow> {
  const soldAt = now();
  const at = storeTimestamp(soldAt);
  const saleId = input.saleId ?? uuidv7(soldAt.getTime());
  // The args (the cart's price, the receipt number) are read inside commitMutation's transaction,
  // through the overlay the mutator then runs on, while it reads its own counters and the sale,
  // channel and settings the mutator reads: one round trip to IndexedDB for all the sale's reads.
  // The receipt counter is written there too, ahead of the sale.
  const counter = new ReceiptCounter();
  const args: ArgsReader = (tx, tables, actor) =>
    priceAtSale(tables, tx, actor, input, at).then(({ receipt, pricing }) => saleArgs(saleId, counter.take(tables, receipt), input, pricing.cart.total, at));
  const { written } = await commitMutation(db, 'sale.complete', args, () => soldAt.getTime(), (enrolment) => [
    { entity: 'sale', id: saleId },
    { entity: 'channel', id: enrolment.channelId },
    { entity: 'sellingSettings', id: enrolment.channelId },
  ]);
  return storedSale(written, saleId, counter);
}

/** The receipt number and the cart priced at the moment of sale, from what the till holds, in the sale's transaction. */
async function priceAtSale(
  tables: TillTables,
  tx: OverlayTx,
  seller: Promise<StaffRow | undefined>,
  input: SaleInput,
  at: string,
): Promise<{ receipt: NextReceipt; pricing: Extract<CartPricing, { ok: true }> }> {
  const { cart, customerId, approverId } = input;
  const receipting = nextReceipt(tables, tx);
  const [receipt, actor, rules, customer, approver, stored, settings] = await Promise.all([
    receipting,
    seller,
    // Through the overlay: the mutator's own read of the rules is this one.
    tx.sellingRules(customerId),
    customerId === null ? undefined : tx.get('customer', customerId),
    approverId === null ? undefined : tx.get('staff', approverId),
    tx.getMany('product', [...new Set(cart.lines.map((l) => l.productId))]),
    // The commit's expected reads are already fetching the settings: this waits for that load.
    receipting.then(({ enrolment }) => channelSellingSettings(tx, enrolment.channelId)),
  ]);
  if (!actor) throw new TillError('NOT_SIGNED_IN', 'Sign in before selling.');
  if (customerId !== null && !customer) throw new MutationRejected('UNKNOWN_RECORD', `Customer ${customerId} is not known on this till.`);
  const products = new Map<string, ProductRecord>([...stored].map(([id, product]) => [id, product.data]));
  const pricing = priceTillCart(cart, products, {
    currency: receipt.channel.currency,
    settings,
    rules,
    customer: customer?.data ?? null,
    actor,
    approver: approver?.data ?? null,
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
