import type { ProductInput } from '@tillsafe/sync';
import type { Db } from '../db/database';
import { runPrepared } from '../sync/bulk-write';
import type { CatalogReferences } from './catalog-references';

export const catalogProblemCodes = ['UNKNOWN_CATEGORY', 'UNKNOWN_TAX_CATEGORY', 'UNKNOWN_DEPOSIT_ITEM', 'DUPLICATE_BARCODE', 'DUPLICATE_SKU'] as const;
export type CatalogProblemCode = (typeof catalogProblemCodes)[number];

/** One reason a product cannot be saved: which of the batch's products, which field, why. */
export interface CatalogProblem {
  index: number;
  /** The input's field path, e.g. `categoryId` or `packs.1.barcodes.0`. */
  field: string;
  code: CatalogProblemCode;
  message: string;
}

export interface ProductWrite {
  id: string;
  input: ProductInput;
}

/**
 * What a batch of product writes would break, beyond what the input schema checks alone: a
 * category, tax category or deposit that is not this organisation's, and a barcode or SKU that
 * another product already has (in the organisation or earlier in the batch). Products being
 * written are checked against each other, not against their own stored selves, so a barcode can
 * move from one product to another in one batch. Call under the catalog lock (write-products.ts).
 */
export async function checkProducts(tx: Db, tenantId: string, writes: readonly ProductWrite[], refs: CatalogReferences): Promise<CatalogProblem[]> {
  const problems: CatalogProblem[] = [];
  const categories = new Set(refs.categories.map((c) => c.id));
  const taxes = new Set(refs.taxCategories.map((t) => t.id));
  const deposits = new Set(refs.depositItems.map((d) => d.id));
  writes.forEach(({ input }, index) => {
    if (!categories.has(input.categoryId)) problems.push({ index, field: 'categoryId', code: 'UNKNOWN_CATEGORY', message: 'This category is not one of the organisation’s.' });
    if (!taxes.has(input.taxCategoryId)) problems.push({ index, field: 'taxCategoryId', code: 'UNKNOWN_TAX_CATEGORY', message: 'This tax category is not one of the organisation’s.' });
    if (input.depositItemId !== null && !deposits.has(input.depositItemId)) {
      problems.push({ index, field: 'depositItemId', code: 'UNKNOWN_DEPOSIT_ITEM', message: 'This deposit is not one of the organisation’s.' });
    }
    input.packs.forEach((pack, p) => {
      if (pack.depositItemId !== null && !deposits.has(pack.depositItemId)) {
        problems.push({ index, field: `packs.${p}.depositItemId`, code: 'UNKNOWN_DEPOSIT_ITEM', message: 'This deposit is not one of the organisation’s.' });
      }
    });
  });

  const ids = writes.map((w) => w.id);
  const codes = writes.flatMap((w) => w.input.packs.flatMap((p) => p.barcodes));
  const skus = writes.map((w) => w.input.sku.toLowerCase());
  const [takenCodes, takenSkus] = await Promise.all([storedBarcodes(tx, tenantId, codes, ids), storedSkus(tx, tenantId, skus, ids)]);

  // Who holds each barcode and SKU so far: a stored product (index null) or one of the batch's.
  const codeOwner = new Map<string, { index: number | null; label: string }>(takenCodes.map(([code, label]) => [code, { index: null, label }]));
  const skuOwner = new Map<string, { index: number | null; label: string }>(takenSkus.map(([sku, label]) => [sku, { index: null, label }]));
  writes.forEach(({ input }, index) => {
    const sku = input.sku.toLowerCase();
    const skuHolder = skuOwner.get(sku);
    if (skuHolder) problems.push({ index, field: 'sku', code: 'DUPLICATE_SKU', message: `SKU ${input.sku} is already used by ${skuHolder.label}.` });
    else skuOwner.set(sku, { index, label: input.name });
    input.packs.forEach((pack, p) => {
      pack.barcodes.forEach((code, b) => {
        const holder = codeOwner.get(code);
        if (holder && holder.index !== index) problems.push({ index, field: `packs.${p}.barcodes.${b}`, code: 'DUPLICATE_BARCODE', message: `Barcode ${code} is already on ${holder.label}.` });
        else codeOwner.set(code, { index, label: `${input.name} (${pack.name})` });
      });
    });
  });
  return problems;
}

/** Barcodes among `codes` that stored products other than `except` carry, with who carries them. */
async function storedBarcodes(tx: Db, tenantId: string, codes: readonly string[], except: readonly string[]): Promise<[string, string][]> {
  if (codes.length === 0) return [];
  // The wanted codes as a materialised set: left in the WHERE clause, the planner may re-expand
  // the JSON for every barcode it looks at (a nested loop taking seconds for a large import).
  const rows = await runPrepared(
    tx,
    `with wanted as materialized (select distinct jsonb_array_elements_text($2::jsonb) as code),
          mine as materialized (select (jsonb_array_elements_text($3::jsonb))::uuid as id)
     select b.code, p.name || ' (' || (pk->>'name') || ')'
     from products p
     cross join lateral jsonb_array_elements(p.packs) pk
     cross join lateral jsonb_array_elements_text(pk->'barcodes') b(code)
     join wanted w on w.code = b.code
     where p.tenant_id = $1::uuid and not exists (select 1 from mine m where m.id = p.id)`,
    [tenantId, JSON.stringify([...new Set(codes)]), JSON.stringify(except)],
  );
  return rows.map((r) => [String(r[0]), String(r[1])]);
}

/** SKUs (lower case) among `skus` that stored products other than `except` have, with their names. */
async function storedSkus(tx: Db, tenantId: string, skus: readonly string[], except: readonly string[]): Promise<[string, string][]> {
  if (skus.length === 0) return [];
  const rows = await runPrepared(
    tx,
    `with wanted as materialized (select distinct jsonb_array_elements_text($2::jsonb) as sku),
          mine as materialized (select (jsonb_array_elements_text($3::jsonb))::uuid as id)
     select lower(p.sku), p.name from products p
     join wanted w on w.sku = lower(p.sku)
     where p.tenant_id = $1::uuid and not exists (select 1 from mine m where m.id = p.id)`,
    [tenantId, JSON.stringify([...new Set(skus)]), JSON.stringify(except)],
  );
  return rows.map((r) => [String(r[0]), String(r[1])]);
}
