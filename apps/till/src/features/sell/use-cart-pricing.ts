import type { CustomerRecord, SellingSettingsRecord, StaffRecord } from '@tillsafe/sync';
import { useEffect, useMemo } from 'react';
import { db } from '../../app/services';
import { keepProductsAtHand } from '../../db/product-table';
import { useLiveQuery } from '../../lib/use-live-query';
import { useStoreTime } from '../../lib/use-store-time';
import { useCart } from './cart-store';
import { priceTillCart, type CartPricing } from './price-cart';
import type { Catalog } from './use-catalog';
import { useSellingData } from './use-selling-data';

/** The open cart, priced, with what the sell and payment screens need beside it. */
export interface CartPricingView {
  pricing: CartPricing;
  /** The channel's rounding, cash rounding, minimum age and loyalty programme. */
  settings: SellingSettingsRecord;
  /** The attached customer (their `type` chose the price list); null for a walk-in. */
  customer: CustomerRecord | null;
  /** The pricing time, with the store's offset. */
  at: string;
}

/**
 * The sell screen's priced cart: the cart store's lines and discounts, priced for the attached
 * customer by the signed-in actor (and the approving manager, once there is one) from the rules
 * the till pulled, re-priced when any of them changes and every minute (happy hours). Undefined
 * until the selling records have been read.
 */
export function useCartPricing(catalog: Catalog, actor: Pick<StaffRecord, 'id' | 'role'>): CartPricingView | undefined {
  const lines = useCart((s) => s.lines);
  const cartDiscount = useCart((s) => s.cartDiscount);
  const approverId = useCart((s) => s.approverId);
  const customerId = useCart((s) => s.customerId);
  const data = useSellingData(catalog.channel.id, customerId);
  const approver = useLiveQuery(async () => (approverId === null ? null : ((await db.staff.get(approverId)) ?? null)), [approverId]);
  const at = useStoreTime();
  // The sale will read these products in its commit: have them stored one by one by then. Should
  // that fail, the sale only reads them from their chunks, a little slower: nothing to tell anyone.
  const productIds = [...new Set(lines.map((line) => line.productId))].join(' ');
  useEffect(() => {
    if (productIds) keepProductsAtHand(db, productIds.split(' ')).catch(() => undefined);
  }, [productIds]);
  return useMemo(() => {
    if (!data) return undefined;
    const pricing = priceTillCart({ lines, cartDiscount }, catalog.productsById, {
      currency: catalog.channel.currency,
      settings: data.settings,
      rules: data.rules,
      customer: data.customer,
      actor,
      approver: approver ?? null,
      at,
    });
    return { pricing, settings: data.settings, customer: data.customer, at };
  }, [data, lines, cartDiscount, approver, actor, at, catalog.productsById, catalog.channel.currency]);
}
