import { and, eq, isNull, sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { uuidv7 } from '@tillsafe/sync';
import { verifyAccessToken } from '../auth/access-token';
import { audit } from '../auth/audit';
import { bearerToken } from '../auth/bearer-token';
import type { AuthServices } from '../auth/auth-services';
import { clientAddress } from '../auth/client-address';
import { hashPassword, passwordSchema } from '../auth/password';
import { hashToken } from '../auth/secure-token';
import { sessionFor } from '../auth/sessions';
import { syncTillIdentity } from '../auth/till-identity';
import { invitations, memberships, users } from '../db/identity-schema';
import { inScope, switchTenant } from '../db/tenant-scope';
import { ApiError } from '../errors';
import { jsonBody } from '../validate';

const acceptSchema = z.object({
  token: z.string().min(1).max(200),
  /** For a person without an account yet. */
  name: z.string().trim().min(1).max(120).optional(),
  password: passwordSchema.optional(),
});

/**
 * `POST /api/v1/auth/invitations/accept`: joins the inviting organisation with the invited role.
 * Someone new gives a name and password and gets an account; someone whose email already has an
 * account must be signed in as that account, so a leaked link cannot attach a stranger's login.
 */
export function acceptInvitationRoute(services: AuthServices, trustProxy: boolean) {
  const { db, clock } = services;
  return new Hono().post('/', async (c) => {
    const body = await jsonBody(c, acceptSchema);
    const bearer = bearerToken(c);
    const signedIn = bearer ? (await verifyAccessToken(bearer, clock(), await services.signingKey())).sub : undefined;
    const passwordHash = body.password ? await hashPassword(body.password) : undefined;
    const now = clock();
    const tokenHash = hashToken(body.token);
    // The token's hash is the one key that finds the invitation; its tenant is known from it.
    const { userId, tenantId } = await inScope(db, { invitationTokenHash: tokenHash, userId: signedIn }, async (tx) => {
      const [invitation] = await tx.select().from(invitations).where(eq(invitations.tokenHash, tokenHash)).for('update');
      if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt.getTime() <= now) {
        throw new ApiError('INVITATION_INVALID', 'This invitation has expired, was withdrawn or was already used. Ask for a new one.');
      }
      await switchTenant(tx, invitation.tenantId);
      const [existing] = await tx.select().from(users).where(eq(users.email, invitation.email));
      let joiningId: string;
      if (existing) {
        if (signedIn !== existing.id) {
          throw new ApiError('SIGN_IN_TO_ACCEPT', `An account for ${invitation.email} already exists: sign in with it, then open the invitation again.`);
        }
        joiningId = existing.id;
      } else {
        if (!body.name || !passwordHash) throw new ApiError('VALIDATION_FAILED', 'Give your name and a password (at least 10 characters) to create your account.');
        joiningId = uuidv7();
        await tx.insert(users).values({ id: joiningId, email: invitation.email, name: body.name, passwordHash, createdAt: new Date(now), passwordChangedAt: new Date(now) });
      }
      const sameScope = invitation.channelId === null ? isNull(memberships.channelId) : eq(memberships.channelId, invitation.channelId);
      const [already] = await tx
        .select({ n: sql<number>`1` })
        .from(memberships)
        .where(and(eq(memberships.userId, joiningId), eq(memberships.tenantId, invitation.tenantId), sameScope));
      if (already) throw new ApiError('ALREADY_MEMBER', 'You already have a role there; ask a manager to change it instead.');
      await tx.insert(memberships).values({ id: uuidv7(), userId: joiningId, tenantId: invitation.tenantId, channelId: invitation.channelId, role: invitation.role, createdAt: new Date(now) });
      await tx.update(invitations).set({ acceptedAt: new Date(now) }).where(eq(invitations.id, invitation.id));
      // Someone who already has a till PIN here reaches the tills of the channel they just joined.
      await syncTillIdentity(tx, invitation.tenantId, joiningId);
      await audit(tx, {
        action: 'staff.joined',
        tenantId: invitation.tenantId,
        actorUserId: joiningId,
        subject: invitation.email,
        after: { role: invitation.role, channelId: invitation.channelId, invitedBy: invitation.invitedBy },
        ip: clientAddress(c, trustProxy),
        at: now,
      });
      return { userId: joiningId, tenantId: invitation.tenantId };
    });
    // Someone joining with a till PIN already reaches the channel's tills now, not at their next sync.
    await c.var.notifier.publish(tenantId);
    return c.json(await sessionFor(services, userId), 200);
  });
}
