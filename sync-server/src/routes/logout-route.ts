import { Hono } from 'hono';
import type { AuthServices } from '../auth/auth-services';
import { refreshRequestSchema } from '../auth/auth-schemas';
import { revokeRefreshToken } from '../auth/refresh-tokens';
import { withScope } from '../db/tenant-scope';
import { jsonBody } from '../validate';

/** `POST /api/v1/auth/logout`: ends the sign-in the refresh token belongs to. Always 204. */
export function logoutRoute(services: AuthServices) {
  return new Hono().post('/', async (c) => {
    const body = await jsonBody(c, refreshRequestSchema);
    await withScope(services.db, {}, () => revokeRefreshToken(services.db, body.refreshToken, services.clock()));
    return c.body(null, 204);
  });
}
