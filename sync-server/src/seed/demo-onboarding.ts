import { eq } from 'drizzle-orm';
import type { Db } from '../db/database';
import { onboardingProgress } from '../db/onboarding-schema';
import { tenants } from '../db/schema';
import { DEMO } from './demo-organisation';

/**
 * The demo organisation is set up already (its store, warehouse, catalog and tax are seeded), so
 * its wizard is marked done: the back office does not ask the owner to make a first store again.
 * Idempotent; only where the demo organisation exists.
 */
export async function ensureDemoOnboarded(db: Db): Promise<void> {
  const [demo] = await db.select({ id: tenants.id, createdAt: tenants.createdAt }).from(tenants).where(eq(tenants.id, DEMO.tenant.id));
  if (!demo) return;
  await db
    .insert(onboardingProgress)
    .values({
      tenantId: demo.id,
      channelId: DEMO.store.channel.id,
      warehouseId: DEMO.store.warehouse.id,
      catalogDoneAt: demo.createdAt,
      taxRatesDoneAt: demo.createdAt,
      receiptDoneAt: demo.createdAt,
    })
    .onConflictDoNothing();
}
