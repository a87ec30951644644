import { and, asc, count, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { ProductRecord } from '@tillsafe/sync';
import type { Db } from '../db/database';
import { products } from '../db/schema';
import { productColumns, toProductRecord } from '../sync/records';

export const productListQuerySchema = z.object({
  /** Part of a name, brand or SKU, or a whole barcode. */
  q: z.string().trim().max(100).optional(),
  status: z.enum(['active', 'inactive', 'all']).default('all'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type ProductListQuery = z.infer<typeof productListQuerySchema>;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** One page of the organisation's products, by name, with how many match in all. */
export async function listProducts(tx: Db, tenantId: string, query: ProductListQuery): Promise<{ products: ProductRecord[]; total: number }> {
  const conditions: SQL[] = [eq(products.tenantId, tenantId)];
  if (query.status !== 'all') conditions.push(eq(products.active, query.status === 'active'));
  if (query.q) {
    const pattern = `%${escapeLike(query.q)}%`;
    const match = or(
      ilike(products.name, pattern),
      ilike(products.brand, pattern),
      ilike(products.sku, pattern),
      sql`exists (select 1 from jsonb_array_elements(${products.packs}) pk where pk->'barcodes' @> to_jsonb(${query.q}::text))`,
    );
    if (match) conditions.push(match);
  }
  const where = and(...conditions);
  const [rows, [counted]] = await Promise.all([
    tx.select(productColumns).from(products).where(where).orderBy(asc(products.name), asc(products.id)).limit(query.limit).offset(query.offset),
    tx.select({ n: count() }).from(products).where(where),
  ]);
  return { products: rows.map(toProductRecord), total: counted?.n ?? 0 };
}

/** One product of the organisation, or undefined. */
export async function findProduct(tx: Db, tenantId: string, id: string): Promise<ProductRecord | undefined> {
  const [row] = await tx
    .select(productColumns)
    .from(products)
    .where(and(eq(products.tenantId, tenantId), eq(products.id, id)));
  return row ? toProductRecord(row) : undefined;
}
