import { eq } from 'drizzle-orm';
import { createMiddleware } from 'hono/factory';
import type { Db } from '../db/database';
import { devices } from '../db/schema';
import { inScope, narrowScope } from '../db/tenant-scope';
import { ApiError } from '../errors';
import { bearerToken } from './bearer-token';
import { runInScope } from './request-scope';
import { hashToken } from './secure-token';

export interface DeviceIdentity {
  deviceId: string;
  tenantId: string;
  channelId: string;
  warehouseId: string;
}

export type DeviceEnv = { Variables: { device: DeviceIdentity } };

/**
 * Authenticates a till by its bearer device token: unknown, expired and revoked are 401s. The
 * device is found through its token's hash alone (the one door row-level security opens for it);
 * the rest of the request then runs in the device's tenant — in one transaction, unless the route
 * streams (`scoped: false`) and opens its own short scopes.
 */
export function deviceAuth(db: Db, options: { scoped: boolean } = { scoped: true }) {
  return createMiddleware<DeviceEnv>(async (c, next) => {
    const token = bearerToken(c);
    if (!token) throw new ApiError('UNAUTHORIZED', 'A device token is required (Authorization: Bearer …). Pair this till again.');
    const tokenHash = hashToken(token);
    if (!options.scoped) {
      authenticate(await inScope(db, { deviceTokenHash: tokenHash }, (tx) => findDevice(tx, tokenHash)));
      await next();
      return;
    }
    // The lookup opens the request's own transaction; the request then narrows it to the tenant
    // for good (the token's door closes behind it).
    await runInScope(c, db, { deviceTokenHash: tokenHash }, async () => {
      const { tenantId } = authenticate(await findDevice(db, tokenHash));
      await narrowScope({ tenantId });
      await next();
    });

    function authenticate(device: Device | undefined): DeviceIdentity {
      if (!device) throw new ApiError('UNAUTHORIZED', 'This device token is not recognised. Pair this till again.');
      if (device.revokedAt) throw new ApiError('DEVICE_REVOKED', 'This till has been revoked by a manager. Export its unsynced sales and pair it again.');
      if (device.tokenExpiresAt && device.tokenExpiresAt.getTime() <= Date.now()) {
        throw new ApiError('TOKEN_EXPIRED', 'This till’s device token has expired. Pair this till again.');
      }
      const identity = { deviceId: device.id, tenantId: device.tenantId, channelId: device.channelId, warehouseId: device.warehouseId };
      c.set('device', identity);
      return identity;
    }
  });
}

type Device = typeof devices.$inferSelect;

async function findDevice(db: Db, tokenHash: string): Promise<Device | undefined> {
  const [device] = await db.select().from(devices).where(eq(devices.tokenHash, tokenHash)).limit(1);
  return device;
}
