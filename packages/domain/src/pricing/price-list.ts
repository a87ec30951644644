import { z } from 'zod';
import { currencySchema, minorUnitsSchema } from '../money';
import { compareKeys } from './allocation';
import { MAX_PACK_PRICE } from './pricing-product';
import { isValidAt, validityFields, windowIsOrdered, windowOrderMessage, type CustomerType } from './rule-validity';

/**
 * Price lists by customer type. A customer's unit price for a pack is looked up, first match wins:
 *   1. a `custom` list made for this customer,
 *   2. a list of the customer's type (`retail` or `wholesale`),
 *   3. for a wholesale customer, a `retail` list (trade accounts fall back to the shelf list),
 *   4. the pack's catalog price.
 * Only lists in the cart's currency and in force at the pricing time count. When several lists of
 * one rank are in force, the one that started latest wins (an open start is the oldest), then the
 * smallest id — so till and server pick the same list whatever order they hold them in.
 */
export const priceListKinds = ['retail', 'wholesale', 'custom'] as const;
export const priceListKindSchema = z.enum(priceListKinds);
export type PriceListKind = z.infer<typeof priceListKindSchema>;

export const priceListEntrySchema = z.object({
  productId: z.uuid(),
  packId: z.uuid(),
  price: minorUnitsSchema.min(0).max(MAX_PACK_PRICE),
});
export type PriceListEntry = z.infer<typeof priceListEntrySchema>;

export const priceListSchema = z
  .object({
    id: z.uuid(),
    name: z.string().min(1).max(80),
    kind: priceListKindSchema,
    /** The customer a custom list is for; null for retail and wholesale lists. */
    customerId: z.uuid().nullable(),
    currency: currencySchema,
    ...validityFields,
    entries: z.array(priceListEntrySchema).max(200_000),
  })
  .refine((list) => (list.kind === 'custom') === (list.customerId !== null), {
    message: 'a custom price list names its customer, and only a custom list does',
    path: ['customerId'],
  })
  .refine(windowIsOrdered, windowOrderMessage)
  .refine((list) => new Set(list.entries.map((e) => `${e.productId}:${e.packId}`)).size === list.entries.length, {
    message: 'a price list prices each pack once',
    path: ['entries'],
  });
export type PriceList = z.infer<typeof priceListSchema>;

export interface PriceListCustomer {
  id: string | null;
  type: CustomerType;
}

export interface ListPrice {
  price: number;
  /** The list the price came from; null when it is the catalog price. */
  priceListId: string | null;
}

/** The lists that can price this customer's cart, best first (see the header). */
export function applicableLists(lists: readonly PriceList[], customer: PriceListCustomer, currency: string, at: string): PriceList[] {
  const rank = (list: PriceList): number => {
    if (list.kind === 'custom') return list.customerId !== null && list.customerId === customer.id ? 0 : -1;
    if (list.kind === customer.type) return 1;
    return list.kind === 'retail' ? 2 : -1;
  };
  const start = (list: PriceList) => (list.validFrom === null ? Number.NEGATIVE_INFINITY : Date.parse(list.validFrom));
  return lists
    .filter((list) => rank(list) >= 0 && list.currency === currency && isValidAt(list, at))
    .sort((a, b) => rank(a) - rank(b) || start(b) - start(a) || compareKeys(a.id, b.id));
}

/** The unit price of one pack from the first applicable list that names it, else the catalog price. */
export function listPrice(applicable: readonly PriceList[], productId: string, pack: { id: string; price: number }): ListPrice {
  for (const list of applicable) {
    const price = entryIndex(list).get(`${productId}:${pack.id}`);
    if (price !== undefined) return { price, priceListId: list.id };
  }
  return { price: pack.price, priceListId: null };
}

// A list is immutable data; its lookup index is built once per list object, not once per line.
const indexes = new WeakMap<PriceList, Map<string, number>>();
function entryIndex(list: PriceList): Map<string, number> {
  let index = indexes.get(list);
  if (!index) {
    index = new Map(list.entries.map((e) => [`${e.productId}:${e.packId}`, e.price]));
    indexes.set(list, index);
  }
  return index;
}
