import { promisify } from 'node:util';
import { constants, gzip } from 'node:zlib';
import { Hono } from 'hono';
import { pullQuerySchema } from '@tillsafe/sync';
import type { Db } from '../db/database';
import { deviceAuth, type DeviceEnv } from '../auth/device-auth';
import { pullChanges } from '../sync/pull';
import { parseWith } from '../validate';

const gzipped = promisify(gzip);

/** Pages smaller than this go as they are: compressing them saves too little to be worth it. */
const COMPRESS_FROM = 64 * 1024;

/** `historyDays`: days of finished business a till is sent (TILL_HISTORY_DAYS; sync/pull.ts). */
export function pullRoute(db: Db, historyDays?: number) {
  return new Hono<DeviceEnv>().get('/', deviceAuth(db), async (c) => {
    const query = parseWith(pullQuerySchema, c.req.query(), 'pull query');
    // Already JSON: the page's products are written by the database (sync/pull.ts).
    const body = await pullChanges(db, c.get('device'), { ...query, historyDays });
    const headers = { 'content-type': 'application/json', vary: 'accept-encoding' };
    if (body.length < COMPRESS_FROM || !/\bgzip\b/i.test(c.req.header('accept-encoding') ?? '')) return c.body(body, 200, headers);
    // A fresh till's page of 5,000 products is about 3.3 MB of JSON and a seventh of that gzipped:
    // on a shop's Wi-Fi that is most of the catalog's download. The fastest level compresses it
    // in zlib's worker threads while this process serves other requests; a bigger level would
    // shrink it little more for several times the work.
    const packed = await gzipped(body, { level: constants.Z_BEST_SPEED });
    return c.body(new Uint8Array(packed), 200, { ...headers, 'content-encoding': 'gzip' });
  });
}
