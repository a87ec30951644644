import { eq } from 'drizzle-orm';
import { uuidv7 } from '@tillsafe/sync';
import { hashPassword } from '../auth/password';
import type { Db } from '../db/database';
import { memberships, users } from '../db/identity-schema';
import { tenants } from '../db/schema';
import { DEMO } from './demo-organisation';

/**
 * The demo organisation's back-office sign-ins, and a demo platform administrator. Idempotent, so
 * a data folder made before sign-in existed gains them on its next start. Only where the demo
 * organisation exists, so a real installation never gets an account with a published password.
 */
export async function ensureDemoUsers(db: Db): Promise<void> {
  const [demo] = await db.select({ id: tenants.id }).from(tenants).where(eq(tenants.id, DEMO.tenant.id));
  if (!demo) return;
  for (const user of DEMO.users) {
    const [created] = await db
      .insert(users)
      .values({ id: user.id, email: user.email, name: user.name, passwordHash: await hashPassword(user.password) })
      .onConflictDoNothing()
      .returning({ id: users.id });
    if (!created) continue;
    const channelId = user.channel === null ? null : DEMO[user.channel].channel.id;
    await db.insert(memberships).values({ id: uuidv7(), userId: user.id, tenantId: DEMO.tenant.id, channelId, role: user.role });
  }
  const admin = DEMO.platformAdmin;
  await db
    .insert(users)
    .values({ id: admin.id, email: admin.email, name: admin.name, passwordHash: await hashPassword(admin.password), platformAdmin: true })
    .onConflictDoNothing();
}
