import { Hono } from 'hono';
import { pullQuerySchema } from '@tillsafe/sync';
import type { Db } from '../db/database';
import { deviceAuth, type DeviceEnv } from '../auth/device-auth';
import { pullChanges } from '../sync/pull';
import { parseWith } from '../validate';

export function pullRoute(db: Db) {
  return new Hono<DeviceEnv>().get('/', deviceAuth(db), async (c) => {
    const query = parseWith(pullQuerySchema, c.req.query(), 'pull query');
    // Already JSON: the page's products are written by the database (sync/pull.ts).
    return c.body(await pullChanges(db, c.get('device'), query.cursor, query.limit, query.protocolVersion), 200, { 'content-type': 'application/json' });
  });
}
