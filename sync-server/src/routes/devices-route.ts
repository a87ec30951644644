import { and, asc, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { audit } from '../auth/audit';
import type { AuthServices } from '../auth/auth-services';
import { clientAddress } from '../auth/client-address';
import { normalisePairingCode } from '../auth/enroll';
import { hasCapability, orgAccess, requireApproved, requireCapability, requireCapabilityInSomeChannel, type OrgEnv } from '../auth/org-access';
import { newPairingCode, PAIRING_CODE_MINUTES } from '../auth/pairing-codes';
import { userAuth } from '../auth/user-auth';
import { channels, devices, pairingCodes, warehouses } from '../db/schema';
import { ApiError } from '../errors';
import { jsonBody } from '../validate';

const pairingRequestSchema = z.object({ channelId: z.uuid(), warehouseId: z.uuid() });
const renameSchema = z.object({ name: z.string().trim().min(1).max(60) });

/**
 * `/api/v1/organisations/:orgId/…`: a manager makes single-use pairing codes for a channel and
 * warehouse, and lists, renames and revokes the organisation's tills. Each needs `device.manage`
 * in the till's channel; each is audited.
 */
export function devicesRoute(services: AuthServices, trustProxy: boolean) {
  const { db, clock } = services;
  const deviceNotFound = () => new ApiError('NOT_FOUND', 'There is no such till in this organisation.');

  async function deviceOf(tenantId: string, deviceId: string) {
    if (!z.uuid().safeParse(deviceId).success) throw deviceNotFound();
    const [device] = await db
      .select()
      .from(devices)
      .where(and(eq(devices.id, deviceId), eq(devices.tenantId, tenantId)));
    if (!device) throw deviceNotFound();
    return device;
  }

  return new Hono<OrgEnv>()
    .use('/:orgId/*', userAuth(services), orgAccess(services))
    .post('/:orgId/pairing-codes', async (c) => {
      const { tenantId } = c.get('org');
      const body = await jsonBody(c, pairingRequestSchema);
      requireCapability(c, 'device.manage', body.channelId);
      requireApproved(c, 'enrol tills');
      const [place] = await db
        .select({ channelId: warehouses.channelId })
        .from(warehouses)
        .innerJoin(channels, eq(channels.id, warehouses.channelId))
        .where(and(eq(warehouses.id, body.warehouseId), eq(warehouses.channelId, body.channelId), eq(channels.tenantId, tenantId)));
      if (!place) throw new ApiError('NOT_FOUND', 'That warehouse is not one of this channel’s.');
      const code = newPairingCode();
      const expiresAt = new Date(clock() + PAIRING_CODE_MINUTES * 60_000);
      await db.insert(pairingCodes).values({ code: normalisePairingCode(code), tenantId, channelId: body.channelId, warehouseId: body.warehouseId, reusable: false, expiresAt });
      await audit(db, {
        action: 'device.pairing_code_created',
        tenantId,
        actorUserId: c.get('user').userId,
        after: { channelId: body.channelId, warehouseId: body.warehouseId, expiresAt },
        ip: clientAddress(c, trustProxy),
        at: clock(),
      });
      return c.json({ code, expiresAt: expiresAt.toISOString(), singleUse: true }, 201);
    })
    .get('/:orgId/devices', async (c) => {
      const org = c.get('org');
      const rows = await db
        .select({
          id: devices.id,
          name: devices.name,
          channelId: devices.channelId,
          channelName: channels.name,
          warehouseId: devices.warehouseId,
          lastSeq: devices.lastSeq,
          enrolledAt: devices.enrolledAt,
          revokedAt: devices.revokedAt,
        })
        .from(devices)
        .innerJoin(channels, eq(channels.id, devices.channelId))
        .where(eq(devices.tenantId, org.tenantId))
        .orderBy(asc(devices.enrolledAt));
      requireCapabilityInSomeChannel(c, 'device.manage');
      const visible = rows.filter((d) => hasCapability(org, 'device.manage', d.channelId));
      return c.json({ devices: visible.map((d) => ({ ...d, enrolledAt: d.enrolledAt.toISOString(), revokedAt: d.revokedAt?.toISOString() ?? null })) });
    })
    .patch('/:orgId/devices/:deviceId', async (c) => {
      const { tenantId } = c.get('org');
      const body = await jsonBody(c, renameSchema);
      const device = await deviceOf(tenantId, c.req.param('deviceId'));
      requireCapability(c, 'device.manage', device.channelId);
      await db.update(devices).set({ name: body.name }).where(eq(devices.id, device.id));
      await audit(db, {
        action: 'device.renamed',
        tenantId,
        actorUserId: c.get('user').userId,
        deviceId: device.id,
        before: { name: device.name },
        after: { name: body.name },
        ip: clientAddress(c, trustProxy),
        at: clock(),
      });
      return c.json({ id: device.id, name: body.name });
    })
    .post('/:orgId/devices/:deviceId/revoke', async (c) => {
      const { tenantId } = c.get('org');
      const device = await deviceOf(tenantId, c.req.param('deviceId'));
      requireCapability(c, 'device.manage', device.channelId);
      if (device.revokedAt) throw new ApiError('ALREADY_REVOKED', `${device.name} was already revoked.`);
      const revokedAt = new Date(clock());
      await db.update(devices).set({ revokedAt }).where(eq(devices.id, device.id));
      await audit(db, {
        action: 'device.revoked',
        tenantId,
        actorUserId: c.get('user').userId,
        deviceId: device.id,
        before: { revokedAt: null },
        after: { revokedAt },
        ip: clientAddress(c, trustProxy),
        at: clock(),
      });
      return c.json({ id: device.id, revokedAt: revokedAt.toISOString() });
    });
}
