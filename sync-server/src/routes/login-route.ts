import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { audit } from '../auth/audit';
import type { AuthServices } from '../auth/auth-services';
import { loginRequestSchema } from '../auth/auth-schemas';
import { clientAddress } from '../auth/client-address';
import { verifyAgainstNothing, verifyPassword } from '../auth/password';
import { sessionFor } from '../auth/sessions';
import { assertNotLocked, clearAccount, recordFailure, throttleKeys } from '../auth/sign-in-throttle';
import { users } from '../db/identity-schema';
import { withScope } from '../db/tenant-scope';
import { ApiError } from '../errors';
import { jsonBody } from '../validate';

/**
 * `POST /api/v1/auth/login`: email + password. Locked accounts and addresses are refused before
 * the password is looked at; unknown emails take as long as wrong passwords and get the same answer.
 */
export function loginRoute(services: AuthServices, trustProxy: boolean) {
  return new Hono().post('/', async (c) => {
    const { db, clock } = services;
    const body = await jsonBody(c, loginRequestSchema);
    const ip = clientAddress(c, trustProxy);
    const keys = throttleKeys(body.email, ip);
    // Each step commits on its own: a failure must be counted even though the request fails.
    const step = <T>(work: () => Promise<T>) => withScope(db, {}, work);
    await step(() => assertNotLocked(db, keys, clock()));
    const [user] = await step(() => db.select().from(users).where(eq(users.email, body.email)));
    const valid = user ? await verifyPassword(user.passwordHash, body.password) : await verifyAgainstNothing(body.password);
    if (!user || !valid) {
      await step(async () => {
        await recordFailure(db, keys, clock());
        await audit(db, { action: 'auth.sign_in_failed', actorUserId: user?.id ?? null, subject: body.email, ip, at: clock() });
      });
      await step(() => assertNotLocked(db, keys, clock()));
      throw new ApiError('INVALID_CREDENTIALS', 'That email and password do not match an account.');
    }
    await step(async () => {
      await clearAccount(db, keys);
      await audit(db, { action: 'auth.sign_in', actorUserId: user.id, subject: body.email, ip, at: clock() });
    });
    return c.json(await sessionFor(services, user.id), 200);
  });
}
