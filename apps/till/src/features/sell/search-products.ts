import type { Pack } from '@tillsafe/domain';
import type { ProductRecord } from '@tillsafe/sync';

export const SEARCH_LIMIT = 60;

export interface SearchIndex {
  entries: readonly { product: ProductRecord; haystack: string }[];
  byBarcode: ReadonlyMap<string, { product: ProductRecord; pack: Pack }>;
}

/** Builds the in-memory index the sell screen searches on every keystroke. */
export function buildSearchIndex(products: readonly ProductRecord[]): SearchIndex {
  const byBarcode = new Map<string, { product: ProductRecord; pack: Pack }>();
  for (const product of products) for (const pack of product.packs) for (const code of pack.barcodes) byBarcode.set(code.toLowerCase(), { product, pack });
  return {
    entries: products.map((product) => ({ product, haystack: `${product.name}\n${product.brand}\n${product.sku}`.toLowerCase() })),
    byBarcode,
  };
}

/** The product and pack a scanned barcode names in the loaded catalog, if it holds it. */
export function findScanned(index: SearchIndex, code: string): { product: ProductRecord; pack: Pack } | undefined {
  const barcode = code.trim().toLowerCase();
  return barcode ? index.byBarcode.get(barcode) : undefined;
}

/**
 * Products matching a query: an exact barcode first, then a case-insensitive substring of the
 * name, brand or SKU, in catalog order. With no query, the products of the chosen category
 * (or all). At most `limit` results, so a big catalog never floods the grid.
 */
export function searchProducts(index: SearchIndex, query: string, categoryId: string | undefined, limit = SEARCH_LIMIT): ProductRecord[] {
  const needle = query.trim().toLowerCase();
  if (!needle) {
    const inCategory = categoryId ? index.entries.filter((e) => e.product.categoryId === categoryId) : index.entries;
    return inCategory.slice(0, limit).map((e) => e.product);
  }
  const results: ProductRecord[] = [];
  const barcodeHit = index.byBarcode.get(needle)?.product;
  if (barcodeHit) results.push(barcodeHit);
  for (const entry of index.entries) {
    if (results.length >= limit) break;
    if (entry.product !== barcodeHit && entry.haystack.includes(needle)) results.push(entry.product);
  }
  return results;
}
