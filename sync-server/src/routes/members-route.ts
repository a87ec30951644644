import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { tenantRoleSchema } from '@tillsafe/domain';
import { uuidv7 } from '@tillsafe/sync';
import { audit } from '../auth/audit';
import { syncTillIdentity } from '../auth/till-identity';
import type { AuthServices } from '../auth/auth-services';
import { emailSchema } from '../auth/auth-schemas';
import { clientAddress } from '../auth/client-address';
import { orgAccess, requireCapability, requireCapabilityInSomeChannel, type OrgEnv } from '../auth/org-access';
import { mayGrant } from '../auth/role-grants';
import { hashToken, newSecureToken } from '../auth/secure-token';
import { userAuth } from '../auth/user-auth';
import { invitations, memberships, users } from '../db/identity-schema';
import { channels, tenants } from '../db/schema';
import type { Tx } from '../db/tenant-scope';
import { ApiError } from '../errors';
import { jsonBody } from '../validate';

export const INVITATION_DAYS = 7;

const inviteSchema = z.object({ email: emailSchema, role: tenantRoleSchema, channelId: z.uuid().nullable() });
const changeSchema = z.object({ role: tenantRoleSchema, channelId: z.uuid().nullable() });

/**
 * `/api/v1/organisations/:orgId/members` and `/invitations`: who works here with which role, per
 * channel. Needs `staff.manage`; owners grant any role, managers the roles below theirs; the last
 * organisation-wide owner cannot be demoted or removed. Every change is audited with before/after.
 */
export function membersRoute(services: AuthServices, trustProxy: boolean) {
  const { db, clock } = services;

  async function assertChannel(tenantId: string, channelId: string | null) {
    if (channelId === null) return;
    const [channel] = await db
      .select({ id: channels.id })
      .from(channels)
      .where(and(eq(channels.id, channelId), eq(channels.tenantId, tenantId)));
    if (!channel) throw new ApiError('NOT_FOUND', 'There is no such channel in this organisation.');
  }

  function refuseGrant(role: string): never {
    throw new ApiError('FORBIDDEN', `Your role here does not allow giving or changing the ${role} role.`);
  }

  return new Hono<OrgEnv>()
    .use('/:orgId/*', userAuth(services), orgAccess(services))
    .get('/:orgId/members', async (c) => {
      const org = c.get('org');
      requireCapabilityInSomeChannel(c, 'staff.manage');
      const members = await db
        .select({ id: memberships.id, userId: users.id, name: users.name, email: users.email, role: memberships.role, channelId: memberships.channelId })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(eq(memberships.tenantId, org.tenantId))
        .orderBy(asc(memberships.createdAt));
      const pending = await db
        .select({ id: invitations.id, email: invitations.email, role: invitations.role, channelId: invitations.channelId, expiresAt: invitations.expiresAt })
        .from(invitations)
        .where(and(eq(invitations.tenantId, org.tenantId), isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, new Date(clock()))));
      return c.json({ members, invitations: pending.map((i) => ({ ...i, expiresAt: i.expiresAt.toISOString() })) });
    })
    .post('/:orgId/invitations', async (c) => {
      const org = c.get('org');
      const body = await jsonBody(c, inviteSchema);
      requireCapability(c, 'staff.manage', body.channelId ?? undefined);
      if (!mayGrant(org, body.role, body.channelId)) refuseGrant(body.role);
      await assertChannel(org.tenantId, body.channelId);
      const token = newSecureToken('iv');
      const now = clock();
      const expiresAt = new Date(now + INVITATION_DAYS * 24 * 60 * 60 * 1000);
      const id = uuidv7();
      const { userId } = c.get('user');
      await db.transaction(async (tx) => {
        await tx.insert(invitations).values({ id, tenantId: org.tenantId, email: body.email, role: body.role, channelId: body.channelId, tokenHash: hashToken(token), invitedBy: userId, expiresAt });
        await audit(tx, { action: 'staff.invited', tenantId: org.tenantId, actorUserId: userId, subject: body.email, after: { role: body.role, channelId: body.channelId }, ip: clientAddress(c, trustProxy), at: now });
      });
      const [organisation] = await db.select({ name: tenants.name }).from(tenants).where(eq(tenants.id, org.tenantId));
      const origin = services.publicUrl ?? new URL(c.req.url).origin;
      await services.emailSender.send({
        to: body.email,
        subject: `You are invited to ${organisation?.name ?? 'an organisation'} on Tillsafe`,
        text: `You have been invited as ${body.role}. Open this link within ${INVITATION_DAYS} days to accept:\n${origin}/accept-invitation#token=${token}`,
      });
      return c.json({ id, email: body.email, role: body.role, channelId: body.channelId, expiresAt: expiresAt.toISOString() }, 201);
    })
    .patch('/:orgId/members/:membershipId', async (c) => {
      const org = c.get('org');
      const body = await jsonBody(c, changeSchema);
      const member = await membershipOf(org.tenantId, c.req.param('membershipId'));
      requireCapability(c, 'staff.manage', member.channelId ?? undefined);
      if (!mayGrant(org, member.role, member.channelId)) refuseGrant(member.role);
      if (!mayGrant(org, body.role, body.channelId)) refuseGrant(body.role);
      await assertChannel(org.tenantId, body.channelId);
      await db.transaction(async (tx) => {
        await assertNotLastOwner(tx, org.tenantId, member, body.role === 'owner' && body.channelId === null);
        await tx.update(memberships).set({ role: body.role, channelId: body.channelId }).where(eq(memberships.id, member.id));
        await syncTillIdentity(tx, org.tenantId, member.userId);
        await audit(tx, {
          action: 'role.changed',
          tenantId: org.tenantId,
          actorUserId: c.get('user').userId,
          subject: member.userId,
          before: { role: member.role, channelId: member.channelId },
          after: { role: body.role, channelId: body.channelId },
          ip: clientAddress(c, trustProxy),
          at: clock(),
        });
      });
      // The person's till identity moved: the tills of the organisation pull it now, not at their next sync.
      await c.var.notifier.publish(org.tenantId);
      return c.json({ id: member.id, role: body.role, channelId: body.channelId });
    })
    .delete('/:orgId/members/:membershipId', async (c) => {
      const org = c.get('org');
      const member = await membershipOf(org.tenantId, c.req.param('membershipId'));
      requireCapability(c, 'staff.manage', member.channelId ?? undefined);
      if (!mayGrant(org, member.role, member.channelId)) refuseGrant(member.role);
      await db.transaction(async (tx) => {
        await assertNotLastOwner(tx, org.tenantId, member, false);
        await tx.delete(memberships).where(eq(memberships.id, member.id));
        await syncTillIdentity(tx, org.tenantId, member.userId);
        await audit(tx, {
          action: 'role.removed',
          tenantId: org.tenantId,
          actorUserId: c.get('user').userId,
          subject: member.userId,
          before: { role: member.role, channelId: member.channelId },
          ip: clientAddress(c, trustProxy),
          at: clock(),
        });
      });
      await c.var.notifier.publish(org.tenantId);
      return c.body(null, 204);
    });

  async function membershipOf(tenantId: string, membershipId: string) {
    const notFound = new ApiError('NOT_FOUND', 'There is no such member in this organisation.');
    if (!z.uuid().safeParse(membershipId).success) throw notFound;
    const [member] = await db
      .select()
      .from(memberships)
      .where(and(eq(memberships.id, membershipId), eq(memberships.tenantId, tenantId)));
    if (!member) throw notFound;
    return member;
  }
}

/**
 * An organisation always keeps an organisation-wide owner. Locks the owners' rows, so two
 * managers demoting the last two owners at once cannot both succeed.
 */
async function assertNotLastOwner(tx: Tx, tenantId: string, member: { id: string; role: string; channelId: string | null }, staysOwner: boolean): Promise<void> {
  if (member.role !== 'owner' || member.channelId !== null || staysOwner) return;
  const owners = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.tenantId, tenantId), eq(memberships.role, 'owner'), isNull(memberships.channelId)))
    .for('update');
  if (owners.length <= 1) throw new ApiError('LAST_OWNER', 'This is the organisation’s only owner. Make someone else an owner first.');
}
