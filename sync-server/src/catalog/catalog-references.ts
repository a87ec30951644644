import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/database';
import { taxRates } from '../db/onboarding-schema';
import { categories } from '../db/schema';
import { depositItems } from '../db/selling-schema';

export interface CatalogReferences {
  categories: { id: string; name: string }[];
  taxCategories: { id: string; name: string; rateBp: number; inclusive: boolean }[];
  depositItems: { id: string; name: string; amount: number }[];
}

/** What a product may point at in this organisation: its categories, tax categories and deposits. */
export async function loadCatalogReferences(tx: Db, tenantId: string): Promise<CatalogReferences> {
  const [cats, taxes, deposits] = await Promise.all([
    tx.select({ id: categories.id, name: categories.name }).from(categories).where(eq(categories.tenantId, tenantId)).orderBy(asc(categories.sort), asc(categories.name)),
    tx
      .select({ id: taxRates.id, name: taxRates.name, rateBp: taxRates.rateBp, inclusive: taxRates.inclusive })
      .from(taxRates)
      .where(eq(taxRates.tenantId, tenantId))
      .orderBy(asc(taxRates.sort), asc(taxRates.name)),
    tx.select({ id: depositItems.id, name: depositItems.name, amount: depositItems.amount }).from(depositItems).where(eq(depositItems.tenantId, tenantId)).orderBy(asc(depositItems.name)),
  ]);
  return { categories: cats, taxCategories: taxes, depositItems: deposits };
}
