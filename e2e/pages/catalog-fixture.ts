import { randomUUID } from 'node:crypto';
import postgres from 'postgres';

const sql = () => postgres(process.env.E2E_DATABASE_URL!, { max: 1, onnotice: () => undefined });

/**
 * A product for a business made during a test, written as the back office writes it: the row
 * and its change-log entry in one transaction, so the business's tills pull it. The catalog
 * editor has its own spec (catalog-editor.spec.ts); here the product is only the means.
 */
export async function addProduct(business: string, name: string, price: number): Promise<string> {
  const db = sql();
  try {
    const [org] = await db<{ id: string }[]>`select id from tenants where name = ${business}`;
    if (!org) throw new Error(`no business called ${business}`);
    const [category] = await db<{ id: string }[]>`select id from categories where tenant_id = ${org.id} order by sort limit 1`;
    if (!category) throw new Error(`${business} has no categories`);
    const id = randomUUID();
    const packs = [{ id: randomUUID(), name: 'Bottle', units: 1, price, barcodes: [] }];
    await db.begin(async (tx) => {
      await tx`insert into products (id, tenant_id, sku, name, brand, category_id, volume_ml, age_restricted, tax_rate_bp, active, packs)
        values (${id}, ${org.id}, 'E2E-1', ${name}, 'E2E', ${category.id}, 750, false, 0, true, ${tx.json(packs)})`;
      await tx`with moved as (update tenants set change_pos = change_pos + 1 where id = ${org.id} returning change_pos)
        insert into change_index (tenant_id, entity, entity_id, op, pos) select ${org.id}, 'product', ${id}, 'put', change_pos from moved`;
    });
    return name;
  } finally {
    await db.end();
  }
}
