import { randomUUID } from 'node:crypto';
import postgres, { type Sql } from 'postgres';
import type { ListenFn } from '../sync/sql-notifier';

export interface PostgresListenOptions {
  /** Sends a NOTIFY through the ordinary pool; the watchdog pings its own LISTEN with it. */
  notify(channel: string, payload: string): Promise<unknown>;
  logError?: ((error: unknown) => void) | undefined;
  pingEveryMs?: number | undefined;
  pingTimeoutMs?: number | undefined;
}

const PING_PREFIX = 'ping:';
const RETRY_BASE_MS = 1_000;
const RETRY_MAX_MS = 30_000;

/**
 * LISTEN on a dedicated connection that survives losing it.
 *
 * postgres-js keeps a LISTEN on a connection of its own and, when that connection closes,
 * connects again (with backoff while the database is down) and re-issues it, calling `onlisten`
 * again. What it cannot see is a connection that dies without closing — a NAT or proxy dropping
 * an idle flow, a failover leaving the socket half open: TCP keepalive notices only after many
 * minutes, and until then notifications simply stop. So a watchdog pings: every `pingEveryMs` it
 * sends a NOTIFY through the ordinary pool and expects to hear it on the LISTEN within
 * `pingTimeoutMs`; when it does not, it drops that client and listens on a fresh one, retrying
 * with backoff. Pings reach every replica's LISTEN; their payload is no change, so the notifier
 * ignores them.
 */
export function postgresListen(url: string, options: PostgresListenOptions): ListenFn {
  const logError = options.logError ?? (() => undefined);
  const pingEveryMs = options.pingEveryMs ?? 30_000;
  const pingTimeoutMs = options.pingTimeoutMs ?? 10_000;

  return async (channel, onPayload, onListening) => {
    let closed = false;
    const stopped = () => closed; // read after an await: stop() may have run meanwhile
    let client: Sql | undefined;
    let listening = false;
    let attempt = 0;
    let awaitedPing: string | undefined;
    let retryTimer: NodeJS.Timeout | undefined;

    const receive = (payload: string) => {
      if (!payload.startsWith(PING_PREFIX)) onPayload(payload);
      else if (payload === awaitedPing) awaitedPing = undefined;
    };

    const drop = async (old: Sql) => {
      if (client === old) {
        client = undefined;
        listening = false;
      }
      await old.end({ timeout: 0 }).catch(() => undefined);
    };

    const connect = async (): Promise<void> => {
      retryTimer = undefined;
      if (closed || client) return;
      const next = postgres(url, { max: 1, connect_timeout: 10, onnotice: () => undefined });
      client = next;
      try {
        await next.listen(channel, receive, () => {
          if (client !== next) return;
          listening = true;
          attempt = 0;
          onListening();
        });
        if (stopped()) await drop(next);
      } catch (error) {
        logError(error);
        await drop(next);
        if (stopped()) return;
        const delay = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** attempt);
        attempt += 1;
        retryTimer = setTimeout(() => void connect(), delay).unref();
      }
    };

    const ping = async () => {
      const watched = client;
      if (!watched || !listening || awaitedPing) return;
      const nonce = `${PING_PREFIX}${randomUUID()}`;
      awaitedPing = nonce;
      try {
        await options.notify(channel, nonce);
      } catch {
        // The pool cannot reach the database either: nothing to judge the LISTEN by yet.
        awaitedPing = undefined;
        return;
      }
      setTimeout(() => {
        if (awaitedPing !== nonce) return;
        awaitedPing = undefined;
        if (closed || client !== watched) return;
        logError(new Error(`No NOTIFY heard on ${channel} within ${pingTimeoutMs} ms; listening again on a new connection.`));
        void drop(watched).then(connect);
      }, pingTimeoutMs).unref();
    };

    const pingTimer = setInterval(() => void ping(), pingEveryMs).unref();
    await connect();
    return async () => {
      closed = true;
      clearInterval(pingTimer);
      clearTimeout(retryTimer);
      if (client) await drop(client);
    };
  };
}
