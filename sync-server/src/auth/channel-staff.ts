import { and, eq } from 'drizzle-orm';
import { roleInChannel, type RoleGrant } from '@tillsafe/domain';
import type { Db } from '../db/database';
import { memberships } from '../db/identity-schema';
import { staff } from '../db/schema';
import { anyUuid } from '../sync/bulk-write';

type StaffRow = typeof staff.$inferSelect;

/**
 * Staff as the tills of one channel know them, each with their role IN THAT CHANNEL (domain
 * roleInChannel): what a till of the channel pulls, and what the server checks the actor and the
 * approver of that till's mutations against. A person with no role in the channel is left out:
 * the channel's tills do not get them and their mutations there have no actor.
 *
 * A till identity linked to a back-office account takes its role from that account's memberships;
 * one without an account (the demo's PIN-only staff) keeps the role written on its row, in every
 * channel of the organisation.
 */
export async function staffInChannel(tx: Db, tenantId: string, channelId: string, ids: readonly string[]): Promise<StaffRow[]> {
  if (ids.length === 0) return [];
  const rows = await tx
    .select({ staff, grantChannelId: memberships.channelId, grantRole: memberships.role })
    .from(staff)
    .leftJoin(memberships, and(eq(memberships.userId, staff.userId), eq(memberships.tenantId, staff.tenantId)))
    .where(and(eq(staff.tenantId, tenantId), anyUuid(staff.id, ids)))
    .prepare('staff-in-channel')
    .execute();
  const byId = new Map<string, { row: StaffRow; grants: RoleGrant[] }>();
  for (const r of rows) {
    const entry = byId.get(r.staff.id) ?? { row: r.staff, grants: [] };
    if (r.grantRole !== null) entry.grants.push({ channelId: r.grantChannelId, role: r.grantRole });
    byId.set(r.staff.id, entry);
  }
  const out: StaffRow[] = [];
  for (const { row, grants } of byId.values()) {
    const role = row.userId === null ? row.role : roleInChannel(grants, channelId);
    if (role) out.push({ ...row, role });
  }
  return out;
}
