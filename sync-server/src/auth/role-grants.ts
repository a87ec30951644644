import { mayGrantRole, type TenantRole } from '@tillsafe/domain';
import type { OrgAccess } from './org-access';

/**
 * Whether the signed-in user may give (or take away) `role` in `channelId` (null: every channel).
 * A grant for every channel needs an organisation-wide role; a grant for one channel may come from
 * a role in that channel too. Owners grant any role, managers only the roles below them.
 */
export function mayGrant(org: OrgAccess, role: TenantRole, channelId: string | null): boolean {
  return org.roles.some((r) => (r.channelId === null || (channelId !== null && r.channelId === channelId)) && mayGrantRole(r.role, role));
}
