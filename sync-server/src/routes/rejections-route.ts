import { Hono } from 'hono';
import type { Db } from '../db/database';
import { deviceAuth, type DeviceEnv } from '../auth/device-auth';
import { listRejections, resolveRejection, resolveRequestSchema } from '../sync/resolve-rejection';
import { jsonBody } from '../validate';

/** A till's rejected mutations: listed until a person replays (corrected) or dismisses each. */
export function rejectionsRoute(db: Db) {
  return new Hono<DeviceEnv>()
    .use('*', deviceAuth(db))
    .get('/', async (c) => c.json({ rejections: await listRejections(db, c.get('device')) }))
    .post('/resolve', async (c) => c.json(await resolveRejection(db, c.get('device'), await jsonBody(c, resolveRequestSchema))));
}
