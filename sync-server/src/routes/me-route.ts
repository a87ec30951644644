import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import type { AuthServices } from '../auth/auth-services';
import { membershipsOf } from '../auth/sessions';
import { userAuth, type UserEnv } from '../auth/user-auth';
import { users } from '../db/identity-schema';
import { ApiError } from '../errors';

/** `GET /api/v1/me`: the signed-in user and their roles in each organisation. */
export function meRoute(services: AuthServices) {
  return new Hono<UserEnv>().get('/', userAuth(services), async (c) => {
    const { userId } = c.get('user');
    const [user] = await services.db.select().from(users).where(eq(users.id, userId));
    if (!user) throw new ApiError('UNAUTHORIZED', 'This account no longer exists.');
    return c.json({
      user: { id: user.id, email: user.email, name: user.name, platformAdmin: user.platformAdmin },
      memberships: await membershipsOf(services.db, userId),
    });
  });
}
