import { priceSale, type PricedSale } from '@tillsafe/domain';
import type { ProductRecord } from '@tillsafe/sync';
import type { CartLine } from './cart-store';

/**
 * Prices the cart with the same domain rule the server uses. A line whose product or pack has
 * since left the catalog (a pull deleted it) is left out rather than breaking the screen.
 */
export function priceCart(lines: readonly CartLine[], products: ReadonlyMap<string, ProductRecord>): PricedSale {
  const sellable = lines.filter((line) => products.get(line.productId)?.packs.some((pack) => pack.id === line.packId));
  return priceSale(sellable, (id) => products.get(id));
}
