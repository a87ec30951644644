import { eq } from 'drizzle-orm';
import { createMiddleware } from 'hono/factory';
import { users } from '../db/identity-schema';
import { ApiError } from '../errors';
import { verifyAccessToken } from './access-token';
import type { AuthServices } from './auth-services';
import { bearerToken } from './bearer-token';
import { runInScope } from './request-scope';

export interface UserIdentity {
  userId: string;
  email: string;
  platformAdmin: boolean;
}

export type UserEnv = { Variables: { user: UserIdentity } };

/**
 * Authenticates a back-office user by the bearer access token. A token issued before the user's
 * last password change no longer counts, so changing a password ends every other sign-in at once.
 * The rest of the request runs in one transaction that sees the user's own memberships only.
 */
export function userAuth(services: AuthServices) {
  return createMiddleware<UserEnv>(async (c, next) => {
    // Several route groups share a prefix; the user is authenticated once per request.
    if ((c.var as Partial<UserEnv['Variables']>).user) {
      await next();
      return;
    }
    const token = bearerToken(c);
    if (!token) throw new ApiError('UNAUTHORIZED', 'Sign in first (Authorization: Bearer <access token>).');
    const claims = await verifyAccessToken(token, services.clock(), await services.signingKey());
    // The user is read in the request's own transaction, in the scope the rest of it runs in.
    await runInScope(c, services.db, { userId: claims.sub }, async () => {
      const [user] = await services.db.select().from(users).where(eq(users.id, claims.sub));
      if (!user) throw new ApiError('UNAUTHORIZED', 'This account no longer exists.');
      if (claims.iat < Math.floor(user.passwordChangedAt.getTime() / 1000)) {
        throw new ApiError('UNAUTHORIZED', 'The password of this account was changed since this sign-in. Sign in again.');
      }
      c.set('user', { userId: user.id, email: user.email, platformAdmin: user.platformAdmin });
      await next();
    });
  });
}
