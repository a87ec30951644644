import { and, eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { can, type Capability, type TenantRole } from '@tillsafe/domain';
import { businessProfiles, memberships } from '../db/identity-schema';
import { withScope } from '../db/tenant-scope';
import { ApiError } from '../errors';
import type { AuthServices } from './auth-services';
import type { UserIdentity } from './user-auth';

export interface OrgAccess {
  tenantId: string;
  approval: 'pending' | 'approved' | 'rejected';
  /** The user's roles here: `channelId` null means every channel of the organisation. */
  roles: { channelId: string | null; role: TenantRole }[];
}

export type OrgEnv = { Variables: { user: UserIdentity; org: OrgAccess } };

/**
 * Resolves `:orgId` for a signed-in user. An organisation the user has no role in answers 404,
 * exactly like one that does not exist, so ids of other tenants reveal nothing. The rest of the
 * request (in userAuth's transaction) sees that organisation's rows and no other's.
 */
export function orgAccess(services: AuthServices) {
  return createMiddleware<OrgEnv>(async (c, next) => {
    const tenantId = c.req.param('orgId') ?? '';
    if ((c.var as Partial<OrgEnv['Variables']>).org?.tenantId === tenantId) {
      await next();
      return;
    }
    const { userId } = c.get('user');
    const notFound = new ApiError('NOT_FOUND', 'There is no such organisation among yours.');
    if (!/^[0-9a-f-]{36}$/i.test(tenantId)) throw notFound;
    // In userAuth's scope the user sees their own memberships only; the organisation's rows open
    // up once one of them proves the user belongs there.
    const roles = await services.db
      .select({ channelId: memberships.channelId, role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.userId, userId), eq(memberships.tenantId, tenantId)));
    if (!roles.length) throw notFound;
    await withScope(services.db, { tenantId, userId }, async () => {
      const [profile] = await services.db.select({ approval: businessProfiles.approval }).from(businessProfiles).where(eq(businessProfiles.tenantId, tenantId));
      // Organisations from before approvals existed (the demo) have no profile and count as approved.
      c.set('org', { tenantId, approval: profile?.approval ?? 'approved', roles });
      await next();
    });
  });
}

/** Whether the user may do `capability` in `channelId` (or organisation-wide when omitted). */
export function hasCapability(org: OrgAccess, capability: Capability, channelId?: string): boolean {
  return org.roles.some((r) => (r.channelId === null || r.channelId === channelId) && can(r.role, capability));
}

/**
 * Where the user holds `capability`: `'all'` when an organisation-wide role allows it, else the
 * channels whose role does (empty: nowhere). For lists and logs filtered per channel.
 */
export function channelsWithCapability(org: OrgAccess, capability: Capability): 'all' | string[] {
  if (hasCapability(org, capability)) return 'all';
  return [...new Set(org.roles.flatMap((r) => (r.channelId !== null && can(r.role, capability) ? [r.channelId] : [])))];
}

/** Throws FORBIDDEN with a sentence unless the user holds `capability` there. */
export function requireCapability(c: Context<OrgEnv>, capability: Capability, channelId?: string): void {
  if (!hasCapability(c.get('org'), capability, channelId)) {
    throw new ApiError('FORBIDDEN', `Your role here does not allow ${capability}${channelId ? ' in this channel' : ''}. Ask an owner or manager.`);
  }
}

/** Throws FORBIDDEN unless one of the user's roles here, in any channel, holds `capability` (lists filtered per channel). */
export function requireCapabilityInSomeChannel(c: Context<OrgEnv>, capability: Capability): void {
  if (!c.get('org').roles.some((r) => can(r.role, capability))) requireCapability(c, capability);
}

/** Throws BUSINESS_NOT_APPROVED until a platform admin has approved the business. */
export function requireApproved(c: Context<OrgEnv>, what: string): void {
  const { approval } = c.get('org');
  if (approval !== 'approved') {
    throw new ApiError(
      'BUSINESS_NOT_APPROVED',
      approval === 'rejected'
        ? `This business was not approved, so it cannot ${what}. See the reason in its approval status.`
        : `This business is waiting for approval, so it cannot ${what} yet. You can set up the catalog meanwhile.`,
    );
  }
}
