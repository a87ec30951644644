import { and, asc, eq, sql } from 'drizzle-orm';
import { uuidv7, type ProductRecord } from '@tillsafe/sync';
import type { Currency } from '@tillsafe/domain';
import type { Db } from '../db/database';
import { channels, products } from '../db/schema';
import { productColumns, toProductRecord } from '../sync/records';
import { loadCatalogReferences, type CatalogReferences } from './catalog-references';
import { locate, readCatalogCsv, type CsvProduct, type ImportRowError } from './catalog-csv';
import { checkProducts, type ProductWrite } from './check-products';
import { lockCatalog, writeProducts, type CatalogActor } from './write-products';

/** At most this many row errors are answered; `errorCount` says how many there were. */
export const MAX_REPORTED_ERRORS = 200;

export interface ImportPlan {
  rows: number;
  products: number;
  creates: number;
  updates: number;
  errorCount: number;
  errors: ImportRowError[];
}

/** Prices in files are in the organisation's currency: the one its channels sell in. */
export async function organisationCurrency(tx: Db, tenantId: string): Promise<Currency> {
  const [channel] = await tx.select({ currency: channels.currency }).from(channels).where(eq(channels.tenantId, tenantId)).orderBy(asc(channels.name)).limit(1);
  return channel?.currency ?? 'USD';
}

/**
 * Reads a catalog file and works out what it would do, under the catalog lock: each product is
 * matched to the stored one with its SKU (an update, keeping the ids of packs of the same name)
 * or is new (a create); every row's problems are listed, those of the file itself and those
 * against the organisation's catalog (a barcode another product has, …). Nothing is written.
 */
export async function planImport(tx: Db, tenantId: string, text: string): Promise<{ plan: ImportPlan; writes: ProductWrite[]; refs: CatalogReferences }> {
  await lockCatalog(tx, tenantId);
  const [refs, currency] = await Promise.all([loadCatalogReferences(tx, tenantId), organisationCurrency(tx, tenantId)]);
  const read = readCatalogCsv(text, refs, currency);
  const stored = await storedBySku(
    tx,
    tenantId,
    read.products.map((p) => p.sku.toLowerCase()),
  );
  const writes = read.products.map((p) => toWrite(p, stored.get(p.sku.toLowerCase())));
  const errors = [...read.errors];
  if (writes.length) {
    for (const problem of await checkProducts(tx, tenantId, writes, refs)) {
      errors.push({ ...locate(read.products[problem.index]!, problem.field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part))), message: problem.message });
    }
  }
  errors.sort((a, b) => a.row - b.row);
  const updates = read.products.filter((p) => stored.has(p.sku.toLowerCase())).length;
  return {
    plan: { rows: read.rows, products: read.products.length, creates: read.products.length - updates, updates, errorCount: errors.length, errors: errors.slice(0, MAX_REPORTED_ERRORS) },
    writes,
    refs,
  };
}

/** Applies a whole file in the caller's transaction, or nothing when any row has a problem. */
export async function applyImport(tx: Db, tenantId: string, text: string, actor: CatalogActor): Promise<{ plan: ImportPlan; saved: ProductRecord[] }> {
  const { plan, writes, refs } = await planImport(tx, tenantId, text);
  if (plan.errorCount > 0) return { plan, saved: [] };
  return { plan, saved: await writeProducts(tx, tenantId, writes, actor, { refs }) };
}

function toWrite(product: CsvProduct, existing: ProductRecord | undefined): ProductWrite {
  const packIds = new Map((existing?.packs ?? []).map((p) => [p.name.toLowerCase(), p]));
  return {
    id: existing?.id ?? uuidv7(),
    input: {
      ...product.input,
      packs: product.input.packs.map((pack) => {
        const before = packIds.get(pack.name.toLowerCase());
        // A file says nothing of a pack's deposit: a stored pack keeps its own.
        return { ...pack, id: before?.id ?? uuidv7(), depositItemId: before?.depositItemId ?? null };
      }),
    },
  };
}

async function storedBySku(tx: Db, tenantId: string, skus: readonly string[]): Promise<Map<string, ProductRecord>> {
  if (skus.length === 0) return new Map();
  const rows = await tx
    .select(productColumns)
    .from(products)
    .where(and(eq(products.tenantId, tenantId), sql`lower(${products.sku}) in (select jsonb_array_elements_text(${JSON.stringify(skus)}::jsonb))`));
  return new Map(rows.map((r) => [r.sku.toLowerCase(), toProductRecord(r)]));
}
