import type { PricingProduct, PricingRules, PricingSettings, TaxCategory } from '@tillsafe/domain';
import { derivedUuid } from './ids';
import type { SellingRules } from './record-store';
import type { ProductRecord } from './records';

/**
 * The tax category of a product that names none: its protocol-1 rate, tax included in the shelf
 * price (what `priceSale` did). The id is derived from the rate, so till and server make the same
 * one, and a catalog that never set tax categories prices under protocol 2 exactly as before.
 */
export function legacyTaxCategory(rateBp: number): TaxCategory {
  return { id: derivedUuid(`tax-category:inclusive:${rateBp}`), name: `${rateBp / 100}% incl.`, rateBp, inclusive: true };
}

/** A catalog product as the pricing engine sees it. */
export function pricingProductOf(product: ProductRecord): PricingProduct {
  return {
    id: product.id,
    name: product.name,
    categoryId: product.categoryId,
    volumeMl: product.volumeMl,
    taxCategoryId: product.taxCategoryId ?? legacyTaxCategory(product.taxRateBp).id,
    depositItemId: product.depositItemId ?? null,
    packs: product.packs.map((pack) => ({ id: pack.id, name: pack.name, units: pack.units, price: pack.price, depositItemId: pack.depositItemId ?? null })),
  };
}

/** Everything `priceCart` needs for a cart of these products, from the synced records. */
export function pricingRulesOf(products: readonly ProductRecord[], rules: SellingRules, settings: PricingSettings): PricingRules {
  const categories = new Map(rules.taxCategories.map((c) => [c.id, c]));
  for (const product of products) {
    if (product.taxCategoryId) continue;
    const legacy = legacyTaxCategory(product.taxRateBp);
    if (!categories.has(legacy.id)) categories.set(legacy.id, legacy);
  }
  return {
    settings,
    products: products.map(pricingProductOf),
    taxCategories: [...categories.values()],
    depositItems: rules.depositItems,
    priceLists: rules.priceLists,
    quantityBreaks: rules.quantityBreaks,
    promotions: rules.promotions,
  };
}
