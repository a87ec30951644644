import { eq } from 'drizzle-orm';
import { createMiddleware } from 'hono/factory';
import { users } from '../db/identity-schema';
import { ApiError } from '../errors';
import { verifyAccessToken } from './access-token';
import type { AuthServices } from './auth-services';

export interface UserIdentity {
  userId: string;
  email: string;
  platformAdmin: boolean;
}

export type UserEnv = { Variables: { user: UserIdentity } };

/**
 * Authenticates a back-office user by the bearer access token. A token issued before the user's
 * last password change no longer counts, so changing a password ends every other sign-in at once.
 */
export function userAuth(services: AuthServices) {
  return createMiddleware<UserEnv>(async (c, next) => {
    const match = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '');
    if (!match) throw new ApiError('UNAUTHORIZED', 'Sign in first (Authorization: Bearer <access token>).');
    const claims = await verifyAccessToken(match[1]!, services.clock(), await services.signingKey());
    const [user] = await services.db.select().from(users).where(eq(users.id, claims.sub));
    if (!user) throw new ApiError('UNAUTHORIZED', 'This account no longer exists.');
    if (claims.iat < Math.floor(user.passwordChangedAt.getTime() / 1000)) {
      throw new ApiError('UNAUTHORIZED', 'The password of this account was changed since this sign-in. Sign in again.');
    }
    c.set('user', { userId: user.id, email: user.email, platformAdmin: user.platformAdmin });
    await next();
  });
}
