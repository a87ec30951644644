import { Hono } from 'hono';
import { uuidv7 } from '@tillsafe/sync';
import { audit } from '../auth/audit';
import type { AuthServices } from '../auth/auth-services';
import { signupRequestSchema } from '../auth/auth-schemas';
import { clientAddress } from '../auth/client-address';
import { hashPassword } from '../auth/password';
import { sessionFor } from '../auth/sessions';
import { businessProfiles, memberships, users } from '../db/identity-schema';
import { tenants } from '../db/schema';
import { withScope } from '../db/tenant-scope';
import { ApiError } from '../errors';
import { jsonBody } from '../validate';

/**
 * `POST /api/v1/auth/signup`: a person and their business arrive together: the user, the
 * organisation (awaiting approval), and the user as its owner, in one transaction.
 */
export function signupRoute(services: AuthServices, trustProxy: boolean) {
  return new Hono().post('/', async (c) => {
    const body = await jsonBody(c, signupRequestSchema);
    const passwordHash = await hashPassword(body.password);
    const now = services.clock();
    const userId = uuidv7();
    const tenantId = uuidv7();
    // The new organisation's own scope: its rows may be written only as that tenant.
    const created = await withScope(services.db, { tenantId, userId }, () => services.db.transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({ id: userId, email: body.email, name: body.name, passwordHash, createdAt: new Date(now), passwordChangedAt: new Date(now) })
        .onConflictDoNothing()
        .returning({ id: users.id });
      if (!user) return false;
      await tx.insert(tenants).values({ id: tenantId, name: body.organisationName, createdAt: new Date(now) });
      await tx.insert(businessProfiles).values({ tenantId, businessType: body.businessType });
      await tx.insert(memberships).values({ id: uuidv7(), userId, tenantId, channelId: null, role: 'owner', createdAt: new Date(now) });
      await audit(tx, {
        action: 'auth.signup',
        tenantId,
        actorUserId: userId,
        subject: body.email,
        after: { organisation: body.organisationName, businessType: body.businessType },
        ip: clientAddress(c, trustProxy),
        at: now,
      });
      return true;
    }));
    if (!created) throw new ApiError('EMAIL_TAKEN', 'An account with this email already exists. Sign in, or reset its password.');
    return c.json(await sessionFor(services, userId), 201);
  });
}
