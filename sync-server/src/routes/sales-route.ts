import { Hono } from 'hono';
import { saleLookupQuerySchema } from '@tillsafe/sync';
import type { Db } from '../db/database';
import { deviceAuth, type DeviceEnv } from '../auth/device-auth';
import { lookUpSales } from '../sync/sale-lookup';
import { parseWith } from '../validate';

/** `GET /api/v1/sync/sales?…`: a till looks up a sale to refund that it does not hold (sync/sale-lookup.ts). */
export function salesRoute(db: Db) {
  return new Hono<DeviceEnv>().get('/', deviceAuth(db), async (c) => {
    const query = parseWith(saleLookupQuerySchema, c.req.query(), 'sale lookup');
    return c.json(await lookUpSales(db, c.get('device'), query));
  });
}
