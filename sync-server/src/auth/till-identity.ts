import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { TenantRole } from '@tillsafe/domain';
import type { Db } from '../db/database';
import { memberships } from '../db/identity-schema';
import { staff } from '../db/schema';
import { recordChanges } from '../sync/change-log';

/** The role a member signs in with at the tills: the highest they hold in the organisation. */
const RANK: readonly TenantRole[] = ['owner', 'manager', 'cashier', 'bartender', 'driver'];
export function tillRoleOf(roles: readonly { role: TenantRole }[]): TenantRole {
  return RANK.find((role) => roles.some((r) => r.role === role)) ?? 'driver';
}

/**
 * Brings a member's till identity (their `staff` row, if they set a till PIN) in line with their
 * memberships after a role change or removal, and sends it to the tills. Someone left with no
 * role here can no longer sign in at a till: their PIN hash is replaced by random bytes no PIN
 * hashes to (the row stays, for the sales and audit entries that name it).
 */
export async function syncTillIdentity(tx: Db, tenantId: string, userId: string): Promise<void> {
  const [identity] = await tx.select({ id: staff.id }).from(staff).where(and(eq(staff.tenantId, tenantId), eq(staff.userId, userId)));
  if (!identity) return;
  const roles = await tx.select({ role: memberships.role }).from(memberships).where(and(eq(memberships.tenantId, tenantId), eq(memberships.userId, userId)));
  const change = roles.length ? { role: tillRoleOf(roles) } : { role: 'driver' as const, pinSalt: randomBytes(16).toString('hex'), pinHash: randomBytes(32).toString('hex') };
  await tx.update(staff).set(change).where(eq(staff.id, identity.id));
  await recordChanges(tx, tenantId, [{ entity: 'staff', id: identity.id, op: 'put' }]);
}
