import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { Db } from '../db/database';
import { withScope } from '../db/tenant-scope';
import { deviceAuth, type DeviceEnv } from '../auth/device-auth';
import { encodeCursor } from '../sync/change-log';
import type { ChangeNotifier } from '../sync/change-notifier';
import { readChangePos } from '../sync/change-position';

export const HEARTBEAT_MS = 15_000;

type Wake = 'poke' | 'heartbeat';

/**
 * `GET /api/v1/sync/events`: Server-Sent Events telling a till where its tenant's change log is.
 * One `poke` on connect with the current cursor, another whenever the log moves (bursts are
 * coalesced by the notifier; a position never goes backwards), and a comment after every
 * `heartbeatMs` without one, so proxies keep the connection open and the till can tell a quiet
 * stream from a dead one.
 *
 * Auth is the ordinary `Authorization: Bearer` header, no `?token=`: the till reads this stream
 * with fetch (EventSource cannot send headers), so a device token never lands in a URL, where
 * access logs, proxies and browser history would keep it.
 */
export function eventsRoute(db: Db, notifier: ChangeNotifier, heartbeatMs = HEARTBEAT_MS) {
  return new Hono<DeviceEnv>().get('/', deviceAuth(db, { scoped: false }), async (c) => {
    const { tenantId } = c.get('device');
    let wanted = -1;
    let wake: ((why: Wake) => void) | undefined;
    const want = (pos: number) => {
      if (pos <= wanted) return;
      wanted = pos;
      wake?.('poke');
    };
    // Subscribed before reading the position, so a change committing in between is not missed.
    const unsubscribe = notifier.subscribe(tenantId, want);
    try {
      want(await withScope(db, { tenantId }, () => readChangePos(db, tenantId)));
    } catch (error) {
      unsubscribe();
      throw error;
    }
    c.header('X-Accel-Buffering', 'no'); // nginx would otherwise hold pokes back in its buffer
    return streamSSE(c, async (stream) => {
      stream.onAbort(() => wake?.('poke'));
      const next = () =>
        new Promise<Wake>((resolve) => {
          if (stream.aborted) {
            resolve('poke');
            return;
          }
          const timer = setTimeout(() => {
            resolve('heartbeat');
          }, heartbeatMs);
          wake = (why) => {
            clearTimeout(timer);
            resolve(why);
          };
        });
      let sent = -1;
      try {
        while (!stream.aborted) {
          if (wanted > sent) {
            const pos = wanted;
            await stream.writeSSE({ event: 'poke', data: JSON.stringify({ cursor: encodeCursor(pos) }) });
            sent = pos;
          } else if ((await next()) === 'heartbeat') {
            await stream.write(': heartbeat\n\n');
          }
        }
      } finally {
        wake = undefined;
        unsubscribe();
      }
    });
  });
}
