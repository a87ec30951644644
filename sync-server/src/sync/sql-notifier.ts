import type { Db } from '../db/database';
import { runPrepared } from './bulk-write';
import { COALESCE_MS, createChangeFanout } from './change-fanout';
import { CHANGES_CHANNEL, decodeChangePayload, encodeChangePayload, type ChangeNotifier } from './change-notifier';
import { readChangePositions } from './change-position';

/**
 * Starts a LISTEN on `channel`: `onPayload` gets each NOTIFY payload, `onListening` runs after
 * every (re)LISTEN. Resolves to a function that stops listening. One per driver, in db/.
 */
export type ListenFn = (channel: string, onPayload: (payload: string) => void, onListening: () => void) => Promise<() => Promise<void>>;

export interface SqlNotifier extends ChangeNotifier {
  close(): Promise<void>;
}

export interface SqlNotifierOptions {
  logError?: ((error: unknown) => void) | undefined;
  coalesceMs?: number | undefined;
}

/**
 * The notifier over PostgreSQL LISTEN/NOTIFY, for both drivers. `publish` is a `pg_notify` on
 * one shared channel, which reaches the LISTEN of every replica (on PGlite, of this process);
 * what arrives is fanned out to this process's subscribers. The LISTEN starts with the first
 * subscriber, so scripts that never subscribe hold no extra connection. After every (re)LISTEN
 * the subscribed tenants' positions are read again: a change that committed while nobody here
 * was listening would otherwise go unannounced until the next one.
 */
export function createSqlNotifier(db: Db, listen: ListenFn, options: SqlNotifierOptions = {}): SqlNotifier {
  const logError = options.logError ?? (() => undefined);
  const fanout = createChangeFanout(options.coalesceMs ?? COALESCE_MS);
  let stopListening: Promise<(() => Promise<void>) | undefined> | undefined;
  let closed = false;

  const onPayload = (payload: string) => {
    const change = decodeChangePayload(payload);
    if (change) fanout.deliver(change.tenantId, change.pos);
  };

  const catchUp = () => {
    readChangePositions(db, fanout.tenants()).then((positions) => {
      for (const [tenantId, pos] of positions) fanout.deliver(tenantId, pos);
    }, logError);
  };

  const ensureListening = () => {
    if (stopListening || closed) return;
    stopListening = listen(CHANGES_CHANNEL, onPayload, catchUp).catch((error: unknown) => {
      logError(error);
      stopListening = undefined; // the next subscriber tries again
      return undefined;
    });
  };

  return {
    async publish(tenantId, pos) {
      try {
        // Prepared: every push ends with one of these.
        await (pos === undefined
          ? runPrepared(db, `select pg_notify($1, "id"::text || ':' || "change_pos"::text) from "tenants" where "id" = $2::uuid`, [CHANGES_CHANNEL, tenantId])
          : runPrepared(db, 'select pg_notify($1, $2)', [CHANGES_CHANNEL, encodeChangePayload(tenantId, pos)]));
      } catch (error) {
        logError(error);
      }
    },
    subscribe(tenantId, listener) {
      ensureListening();
      return fanout.subscribe(tenantId, listener);
    },
    async close() {
      closed = true;
      fanout.close();
      const stop = await stopListening;
      await stop?.();
    },
  };
}
