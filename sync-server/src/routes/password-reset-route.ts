import { and, eq, isNull } from 'drizzle-orm';
import { Hono } from 'hono';
import { audit } from '../auth/audit';
import type { AuthServices } from '../auth/auth-services';
import { passwordResetConfirmSchema, passwordResetRequestSchema } from '../auth/auth-schemas';
import { clientAddress } from '../auth/client-address';
import { hashPassword } from '../auth/password';
import { revokeAllForUser } from '../auth/refresh-tokens';
import { hashToken, newSecureToken } from '../auth/secure-token';
import { clearAccount, throttleKeys } from '../auth/sign-in-throttle';
import { passwordResets, users } from '../db/identity-schema';
import { withScope } from '../db/tenant-scope';
import { ApiError } from '../errors';
import { jsonBody } from '../validate';

export const RESET_TOKEN_MINUTES = 30;

/**
 * `POST /api/v1/auth/password-reset` mails a single-use link (answering the same whether or not
 * the email has an account, so it cannot be used to find accounts);
 * `POST /api/v1/auth/password-reset/confirm` spends the token and sets the new password.
 */
export function passwordResetRoute(services: AuthServices, trustProxy: boolean) {
  const { db, clock } = services;
  return new Hono()
    .post('/', async (c) => {
      const body = await jsonBody(c, passwordResetRequestSchema);
      const [user] = await withScope(db, {}, () => db.select().from(users).where(eq(users.email, body.email)));
      if (user) {
        const token = newSecureToken('pr');
        await withScope(db, {}, () => db.insert(passwordResets).values({ tokenHash: hashToken(token), userId: user.id, expiresAt: new Date(clock() + RESET_TOKEN_MINUTES * 60_000) }));
        const origin = services.publicUrl ?? new URL(c.req.url).origin;
        await services.emailSender.send({
          to: user.email,
          subject: 'Reset your Tillsafe password',
          text: `Open this link within ${RESET_TOKEN_MINUTES} minutes to choose a new password:\n${origin}/reset-password#token=${token}\n\nIf you did not ask for this, ignore this email; your password stays as it is.`,
        });
      }
      return c.json({ message: 'If an account uses this email, a reset link is on its way.' }, 202);
    })
    .post('/confirm', async (c) => {
      const body = await jsonBody(c, passwordResetConfirmSchema);
      const passwordHash = await hashPassword(body.newPassword);
      const now = clock();
      const email = await withScope(db, {}, () => db.transaction(async (tx) => {
        const [spent] = await tx
          .update(passwordResets)
          .set({ usedAt: new Date(now) })
          .where(and(eq(passwordResets.tokenHash, hashToken(body.token)), isNull(passwordResets.usedAt)))
          .returning();
        if (!spent || spent.expiresAt.getTime() <= now) return undefined;
        const [user] = await tx.update(users).set({ passwordHash, passwordChangedAt: new Date(now) }).where(eq(users.id, spent.userId)).returning();
        if (!user) return undefined;
        await revokeAllForUser(tx, user.id, now);
        await audit(tx, { action: 'auth.password_reset', actorUserId: user.id, subject: user.email, ip: clientAddress(c, trustProxy), at: now });
        return user.email;
      }));
      if (!email) throw new ApiError('RESET_TOKEN_INVALID', 'This reset link has expired or was already used. Ask for a new one.');
      await withScope(db, {}, () => clearAccount(db, throttleKeys(email, '')));
      return c.body(null, 204);
    });
}
