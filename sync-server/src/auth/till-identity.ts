import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { highestRole } from '@tillsafe/domain';
import type { Db } from '../db/database';
import { memberships } from '../db/identity-schema';
import { staff } from '../db/schema';
import { recordChanges } from '../sync/change-log';

/**
 * Brings a member's till identity (their `staff` row, if they set a till PIN) in line with their
 * memberships after they join, or after a role change or removal, and moves it forward in the
 * change log: each till then pulls it again with the person's role in ITS channel, or a delete
 * where they no longer have one (sync/pull.ts). The row's own `role` is their highest in the
 * organisation, for the back office; no till acts on it. Someone left with no role anywhere can no
 * longer sign in at any till: their PIN hash is replaced by random bytes no PIN hashes to (the
 * row stays, for the sales and audit entries that name it).
 */
export async function syncTillIdentity(tx: Db, tenantId: string, userId: string): Promise<void> {
  const [identity] = await tx.select({ id: staff.id }).from(staff).where(and(eq(staff.tenantId, tenantId), eq(staff.userId, userId)));
  if (!identity) return;
  const roles = await tx.select({ role: memberships.role }).from(memberships).where(and(eq(memberships.tenantId, tenantId), eq(memberships.userId, userId)));
  const highest = highestRole(roles);
  const change = highest ? { role: highest } : { role: 'driver' as const, pinSalt: randomBytes(16).toString('hex'), pinHash: randomBytes(32).toString('hex') };
  await tx.update(staff).set(change).where(eq(staff.id, identity.id));
  await recordChanges(tx, tenantId, [{ entity: 'staff', id: identity.id, op: 'put' }]);
}
