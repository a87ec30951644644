import { randomBytes, randomInt } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { hashPin } from '@tillsafe/domain';
import type { Db } from '../db/database';
import { categories, channels, pairingCodes, products, staff, tenants, warehouses } from '../db/schema';
import { recordChanges, type ChangeRef } from '../sync/change-log';
import { normalisePairingCode } from '../auth/enroll';
import { saveSellingRules } from '../sync/selling-rules';
import { buildDemoCatalog } from './demo-catalog';
import { buildDemoSellingRules } from './demo-selling-rules';
import { DEMO } from './demo-organisation';

export interface DemoPairing {
  channel: string;
  code: string;
}

/** Seeds the demo organisation when the database has no tenant yet; returns whether it did. */
export async function seedDemoIfEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(tenants);
  if ((row?.n ?? 0) > 0) return false;
  const catalog = buildDemoCatalog();
  const selling = buildDemoSellingRules(catalog);
  const staffRows = await Promise.all(
    DEMO.staff.map(async (s) => {
      const pinSalt = randomBytes(16).toString('hex');
      return { id: s.id, tenantId: DEMO.tenant.id, name: s.name, role: s.role, pinSalt, pinHash: await hashPin(s.pin, pinSalt) };
    }),
  );
  await db.transaction(async (tx) => {
    const tenantId = DEMO.tenant.id;
    await tx.insert(tenants).values(DEMO.tenant);
    for (const site of [DEMO.store, DEMO.bar]) {
      await tx.insert(channels).values({ ...site.channel, tenantId });
      await tx.insert(warehouses).values({ ...site.warehouse, tenantId, channelId: site.channel.id });
    }
    await tx.insert(categories).values(catalog.categories.map((c) => ({ ...c, tenantId })));
    for (let i = 0; i < catalog.products.length; i += 500) {
      await tx.insert(products).values(catalog.products.slice(i, i + 500).map((p) => ({ ...p, tenantId, depositItemId: selling.deposits.get(p.id) ?? null })));
    }
    await tx.insert(staff).values(staffRows);
    const changes: ChangeRef[] = [
      ...[DEMO.store, DEMO.bar].flatMap((s) => [
        { entity: 'channel', id: s.channel.id, op: 'put' } as const,
        { entity: 'warehouse', id: s.warehouse.id, op: 'put' } as const,
      ]),
      ...catalog.categories.map((c) => ({ entity: 'category', id: c.id, op: 'put' }) as const),
      ...staffRows.map((s) => ({ entity: 'staff', id: s.id, op: 'put' }) as const),
      ...catalog.products.map((p) => ({ entity: 'product', id: p.id, op: 'put' }) as const),
    ];
    await recordChanges(tx, tenantId, changes);
    await saveSellingRules(tx, tenantId, selling.rules);
  });
  return true;
}

/**
 * Makes sure each demo site has a reusable pairing code (the store's is `SEED_PAIRING_CODE` when
 * set) and returns them, so the start banner can print them.
 */
export async function ensureDemoPairingCodes(db: Db, storeCode: string | undefined): Promise<DemoPairing[]> {
  const out: DemoPairing[] = [];
  for (const site of [DEMO.store, DEMO.bar]) {
    const wanted = site === DEMO.store && storeCode ? normalisePairingCode(storeCode) : undefined;
    const [existing] = await db.select().from(pairingCodes).where(eq(pairingCodes.channelId, site.channel.id)).limit(1);
    if (wanted && existing?.code !== wanted) {
      if (existing) await db.delete(pairingCodes).where(eq(pairingCodes.code, existing.code));
      await db.insert(pairingCodes).values({ code: wanted, tenantId: DEMO.tenant.id, channelId: site.channel.id, warehouseId: site.warehouse.id, reusable: true });
      out.push({ channel: site.channel.name, code: wanted });
    } else if (existing) {
      out.push({ channel: site.channel.name, code: existing.code });
    } else {
      const code = randomPairingCode();
      await db.insert(pairingCodes).values({ code, tenantId: DEMO.tenant.id, channelId: site.channel.id, warehouseId: site.warehouse.id, reusable: true });
      out.push({ channel: site.channel.name, code });
    }
  }
  return out;
}

/** Eight characters from an alphabet without look-alikes (no 0/O, 1/I). */
function randomPairingCode(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return Array.from({ length: 8 }, () => alphabet[randomInt(alphabet.length)]).join('');
}
