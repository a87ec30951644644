import { eq } from 'drizzle-orm';
import { createMiddleware } from 'hono/factory';
import type { Db } from '../db/database';
import { devices } from '../db/schema';
import { ApiError } from '../errors';
import { hashToken } from './secure-token';

export interface DeviceIdentity {
  deviceId: string;
  tenantId: string;
  channelId: string;
  warehouseId: string;
}

export type DeviceEnv = { Variables: { device: DeviceIdentity } };

/** Authenticates a till by its bearer device token: unknown, expired and revoked are 401s. */
export function deviceAuth(db: Db) {
  return createMiddleware<DeviceEnv>(async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new ApiError('UNAUTHORIZED', 'A device token is required (Authorization: Bearer …). Pair this till again.');
    const [device] = await db.select().from(devices).where(eq(devices.tokenHash, hashToken(match[1]!))).limit(1);
    if (!device) throw new ApiError('UNAUTHORIZED', 'This device token is not recognised. Pair this till again.');
    if (device.revokedAt) throw new ApiError('DEVICE_REVOKED', 'This till has been revoked by a manager. Export its unsynced sales and pair it again.');
    if (device.tokenExpiresAt && device.tokenExpiresAt.getTime() <= Date.now()) {
      throw new ApiError('TOKEN_EXPIRED', 'This till’s device token has expired. Pair this till again.');
    }
    c.set('device', { deviceId: device.id, tenantId: device.tenantId, channelId: device.channelId, warehouseId: device.warehouseId });
    await next();
  });
}
