import { can, mayGrantRole, tenantRoles, type Capability, type TenantRole } from '@tillsafe/domain';
import type { Channel, Membership } from './office-schemas';

/**
 * What the signed-in person may do in one organisation, read from their roles there — the same
 * rules the server applies (sync-server/src/auth/role-grants.ts), used here only to offer the
 * choices that will be accepted; the server still decides.
 */

/** Whether one of `roles` allows `capability` in `channelId` (organisation-wide when null). */
export function allows(roles: readonly Membership[], capability: Capability, channelId: string | null): boolean {
  return roles.some((r) => (r.channelId === null || r.channelId === channelId) && can(r.role, capability));
}

/** The channels where `capability` holds. */
export function channelsAllowing(roles: readonly Membership[], capability: Capability, channels: readonly Channel[]): Channel[] {
  return channels.filter((c) => allows(roles, capability, c.id));
}

/** Whether the person may give (or take away) `role` in `channelId` (null: every channel). */
export function mayGrant(roles: readonly Membership[], role: TenantRole, channelId: string | null): boolean {
  return roles.some((r) => (r.channelId === null || (channelId !== null && r.channelId === channelId)) && mayGrantRole(r.role, role));
}

/** The roles the person may give in `channelId`, in the usual order (owner first). */
export function grantableRoles(roles: readonly Membership[], channelId: string | null): TenantRole[] {
  return tenantRoles.filter((role) => mayGrant(roles, role, channelId));
}

/** Scopes a grant may have: "every channel" (null) only for an organisation-wide role. */
export function grantableScopes(roles: readonly Membership[], channels: readonly Channel[]): (string | null)[] {
  const everywhere = roles.some((r) => r.channelId === null && can(r.role, 'staff.manage'));
  return [...(everywhere ? [null] : []), ...channelsAllowing(roles, 'staff.manage', channels).map((c) => c.id)];
}
