import { Hono } from 'hono';
import { audit } from '../auth/audit';
import type { AuthServices } from '../auth/auth-services';
import { refreshRequestSchema } from '../auth/auth-schemas';
import { clientAddress } from '../auth/client-address';
import { rotateRefreshToken } from '../auth/refresh-tokens';
import { sessionFor } from '../auth/sessions';
import { withScope } from '../db/tenant-scope';
import { jsonBody } from '../validate';

/** `POST /api/v1/auth/refresh`: spends the refresh token for a new access token and a new refresh token. */
export function refreshRoute(services: AuthServices, trustProxy: boolean) {
  return new Hono().post('/', async (c) => {
    const body = await jsonBody(c, refreshRequestSchema);
    // The revocation of a reused family commits before the error is answered.
    const rotated = await withScope(services.db, {}, async () => {
      const outcome = await rotateRefreshToken(services.db, body.refreshToken, services.clock());
      if (!outcome.ok && outcome.error.code === 'REFRESH_REUSED') {
        await audit(services.db, { action: 'auth.refresh_reused', actorUserId: outcome.userId ?? null, ip: clientAddress(c, trustProxy), at: services.clock() });
      }
      return outcome;
    });
    if (!rotated.ok) throw rotated.error;
    return c.json(await sessionFor(services, rotated.userId, rotated.token), 200);
  });
}
