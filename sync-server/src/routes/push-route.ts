import { Hono } from 'hono';
import { MAX_PUSH_BATCH, OLDEST_SUPPORTED_PROTOCOL_VERSION, PROTOCOL_VERSION, pushRequestSchema } from '@tillsafe/sync';
import type { Db } from '../db/database';
import { deviceAuth, type DeviceEnv } from '../auth/device-auth';
import { ApiError } from '../errors';
import { pushMutations } from '../sync/push';
import { jsonBody } from '../validate';

export function pushRoute(db: Db) {
  return new Hono<DeviceEnv>().post('/', deviceAuth(db), async (c) => {
    const body = await jsonBody(c, pushRequestSchema);
    if (body.protocolVersion < OLDEST_SUPPORTED_PROTOCOL_VERSION) {
      throw new ApiError('PROTOCOL_TOO_OLD', `This till speaks sync protocol ${body.protocolVersion}; the server needs ${OLDEST_SUPPORTED_PROTOCOL_VERSION} or newer. Update the till.`);
    }
    if (body.protocolVersion > PROTOCOL_VERSION) {
      throw new ApiError('PROTOCOL_TOO_NEW', `This till speaks sync protocol ${body.protocolVersion}; the server knows up to ${PROTOCOL_VERSION}. Update the server.`);
    }
    const device = c.get('device');
    if (body.deviceId !== device.deviceId) throw new ApiError('DEVICE_MISMATCH', 'The deviceId does not match the device token.');
    if (body.mutations.length > MAX_PUSH_BATCH) {
      throw new ApiError('BATCH_TOO_LARGE', `A push may carry at most ${MAX_PUSH_BATCH} mutations; split the batch.`, { max: MAX_PUSH_BATCH });
    }
    const response = await pushMutations(db, device, body.mutations, body.protocolVersion);
    // After the commit: every replica's open event streams of this tenant get a poke.
    await c.var.notifier.publish(device.tenantId);
    return c.json(response);
  });
}
