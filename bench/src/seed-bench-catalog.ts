import postgres from 'postgres';
import { DEMO, ensureDemoPairingCodes, openDatabase, seedDemoIfEmpty } from '@tillsafe/sync-server';
// The server's own change-log writer, so the bench's products reach tills exactly as seeded ones
// do. Not exported from the package's entry; a deep import is the lesser evil for a benchmark
// than a second copy of the change log's rules.
import { recordChanges } from '@tillsafe/sync-server/testing';
import { productVariants, type ProductRow } from './bench-catalog';

const CHUNK = 5_000;
const COLUMNS = ['id', 'tenant_id', 'sku', 'name', 'brand', 'category_id', 'volume_ml', 'age_restricted', 'tax_rate_bp', 'active', 'packs'] as const;

/**
 * Migrates and seeds the demo shop, then adds variants of its products until it holds `total`
 * products: one `insert … select from jsonb_populate_recordset` per chunk, then the change log
 * through the server's `recordChanges`, so a till's first pull receives all of them. Runs before
 * the server starts (which then finds the shop seeded and leaves it alone).
 */
export async function seedBenchCatalog(url: string, pairingCode: string, total: number): Promise<void> {
  const database = await openDatabase({ url });
  try {
    await database.migrate();
    await seedDemoIfEmpty(database.db);
    await ensureDemoPairingCodes(database.db, pairingCode);
  } finally {
    await database.close();
  }

  const sql = postgres(url, { max: 1, onnotice: () => undefined });
  let variants: ProductRow[];
  try {
    const demo = await sql<ProductRow[]>`select ${sql(COLUMNS)} from products where tenant_id = ${DEMO.tenant.id} order by sku`;
    variants = productVariants(demo, total - demo.length);
    const list = COLUMNS.map((c) => `"${c}"`).join(', ');
    for (let i = 0; i < variants.length; i += CHUNK) {
      const rows = JSON.stringify(variants.slice(i, i + CHUNK));
      await sql.unsafe(`insert into products (${list}) select ${list} from jsonb_populate_recordset(null::products, $1::text::jsonb)`, [rows]);
    }
  } finally {
    await sql.end({ timeout: 5 });
  }

  const changes = await openDatabase({ url });
  try {
    await changes.db.transaction((tx) => recordChanges(tx, DEMO.tenant.id, variants.map((p) => ({ entity: 'product', id: p.id, op: 'put' }) as const)));
  } finally {
    await changes.close();
  }
}
