import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/database';
import { businessProfiles, memberships, users } from '../db/identity-schema';
import { tenants } from '../db/schema';
import { ACCESS_TOKEN_SECONDS, signAccessToken } from './access-token';
import { withScope } from '../db/tenant-scope';
import type { AuthServices } from './auth-services';
import { issueRefreshToken } from './refresh-tokens';

export interface Membership {
  organisationId: string;
  organisationName: string;
  approval: 'pending' | 'approved' | 'rejected';
  channelId: string | null;
  role: 'owner' | 'manager' | 'cashier' | 'bartender' | 'driver';
}

export interface SessionBody {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  user: { id: string; email: string; name: string; platformAdmin: boolean };
  memberships: Membership[];
}

/** A user's roles, with the organisation and its approval state. */
export async function membershipsOf(db: Db, userId: string): Promise<Membership[]> {
  const rows = await db
    .select({
      organisationId: memberships.tenantId,
      organisationName: tenants.name,
      approval: businessProfiles.approval,
      channelId: memberships.channelId,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(tenants, eq(tenants.id, memberships.tenantId))
    .leftJoin(businessProfiles, eq(businessProfiles.tenantId, memberships.tenantId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(memberships.createdAt));
  // Organisations made before approvals existed (the demo) have no profile: they are approved.
  return rows.map((r) => ({ ...r, approval: r.approval ?? 'approved' }));
}

/** Access token + the refresh token of `familyId` (a new family for a fresh sign-in). */
export function sessionFor(services: AuthServices, userId: string, refreshToken?: string): Promise<SessionBody> {
  return withScope(services.db, { userId }, () => buildSession(services, userId, refreshToken));
}

async function buildSession(services: AuthServices, userId: string, refreshToken: string | undefined): Promise<SessionBody> {
  const { db, clock } = services;
  const now = clock();
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user) throw new Error(`user ${userId} vanished`);
  return {
    accessToken: await signAccessToken(userId, now, await services.signingKey()),
    refreshToken: refreshToken ?? (await issueRefreshToken(db, userId, now)),
    expiresIn: ACCESS_TOKEN_SECONDS,
    user: { id: user.id, email: user.email, name: user.name, platformAdmin: user.platformAdmin },
    memberships: await membershipsOf(db, userId),
  };
}
