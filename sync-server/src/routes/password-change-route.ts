import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { audit } from '../auth/audit';
import type { AuthServices } from '../auth/auth-services';
import { passwordChangeRequestSchema } from '../auth/auth-schemas';
import { clientAddress } from '../auth/client-address';
import { hashPassword, verifyPassword } from '../auth/password';
import { revokeAllForUser } from '../auth/refresh-tokens';
import { sessionFor } from '../auth/sessions';
import { userAuth, type UserEnv } from '../auth/user-auth';
import { users } from '../db/identity-schema';
import { ApiError } from '../errors';
import { jsonBody } from '../validate';

/**
 * `POST /api/v1/auth/password`: a signed-in user changes their password with the current one.
 * Every other sign-in ends; this one continues with fresh tokens.
 */
export function passwordChangeRoute(services: AuthServices, trustProxy: boolean) {
  return new Hono<UserEnv>().post('/', userAuth(services), async (c) => {
    const { db, clock } = services;
    const body = await jsonBody(c, passwordChangeRequestSchema);
    const { userId } = c.get('user');
    const [user] = await db.select().from(users).where(eq(users.id, userId));
    if (!user || !(await verifyPassword(user.passwordHash, body.currentPassword))) {
      throw new ApiError('INVALID_CREDENTIALS', 'The current password is not right.');
    }
    const passwordHash = await hashPassword(body.newPassword);
    const now = clock();
    await db.transaction(async (tx) => {
      await tx.update(users).set({ passwordHash, passwordChangedAt: new Date(now) }).where(eq(users.id, userId));
      await revokeAllForUser(tx, userId, now);
      await audit(tx, { action: 'auth.password_changed', actorUserId: userId, subject: user.email, ip: clientAddress(c, trustProxy), at: now });
    });
    return c.json(await sessionFor(services, userId), 200);
  });
}
