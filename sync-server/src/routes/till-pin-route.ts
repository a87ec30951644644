import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { hashPin, highestRole, PIN_PATTERN } from '@tillsafe/domain';
import { uuidv7 } from '@tillsafe/sync';
import { audit } from '../auth/audit';
import type { AuthServices } from '../auth/auth-services';
import { clientAddress } from '../auth/client-address';
import { orgAccess, type OrgEnv } from '../auth/org-access';
import { userAuth } from '../auth/user-auth';
import { users } from '../db/identity-schema';
import { staff } from '../db/schema';
import { recordChanges } from '../sync/change-log';
import { jsonBody } from '../validate';

const pinSchema = z.object({ pin: z.string().regex(PIN_PATTERN, 'a PIN is 4 to 8 digits') });

/**
 * `PUT /api/v1/organisations/:orgId/till-pin`: a member sets their own PIN for the organisation's
 * tills. Their till identity (a `staff` row linked to the account, made on first use) gets a new
 * salt and hash — the PIN itself is never stored — and travels with the next pull to the tills of
 * the channels they have a role in, with that channel's role (sync/pull.ts). `GET` says whether
 * one is set. Any member may; audited.
 */
export function tillPinRoute(services: AuthServices, trustProxy: boolean) {
  const { db, clock } = services;
  return new Hono<OrgEnv>()
    .use('/:orgId/*', userAuth(services), orgAccess(services))
    .get('/:orgId/till-pin', async (c) => {
      const { tenantId } = c.get('org');
      const [row] = await db.select({ id: staff.id, role: staff.role }).from(staff).where(and(eq(staff.tenantId, tenantId), eq(staff.userId, c.get('user').userId)));
      return c.json({ set: row !== undefined, role: row?.role ?? highestRole(c.get('org').roles) ?? 'driver' });
    })
    .put('/:orgId/till-pin', async (c) => {
      const { tenantId, roles } = c.get('org');
      const { userId } = c.get('user');
      const { pin } = await jsonBody(c, pinSchema);
      const pinSalt = randomBytes(16).toString('hex');
      const pinHash = await hashPin(pin, pinSalt);
      const [person] = await db.select({ name: users.name }).from(users).where(eq(users.id, userId));
      const role = highestRole(roles) ?? 'driver';
      const [existing] = await db.select({ id: staff.id }).from(staff).where(and(eq(staff.tenantId, tenantId), eq(staff.userId, userId))).for('update');
      const id = existing?.id ?? uuidv7();
      const values = { name: person?.name ?? 'Staff member', role, pinSalt, pinHash };
      if (existing) await db.update(staff).set(values).where(eq(staff.id, id));
      else await db.insert(staff).values({ id, tenantId, userId, ...values });
      await recordChanges(db, tenantId, [{ entity: 'staff', id, op: 'put' }]);
      await audit(db, { action: 'staff.pin_set', tenantId, actorUserId: userId, actorStaffId: id, subject: values.name, after: { role, first: !existing }, ip: clientAddress(c, trustProxy), at: clock() });
      // The tills pull the new PIN now: the person can sign in at once.
      await c.var.notifier.publish(tenantId);
      return c.body(null, 204);
    });
}
