import { z } from 'zod';
import { getMeta } from '../db/meta';
import type { TillDb } from '../db/till-db';
import { retryDelay } from './backoff';
import { createSseParser } from './sse-parser';
import type { SyncEnvironment } from './sync-environment';

/** Nothing at all for this long — three missed 15 s heartbeats — means the connection is dead. */
export const SILENCE_MS = 45_000;

const pokeSchema = z.object({ cursor: z.string().min(1) });

export interface PokeListener {
  start: () => void;
  stop: () => void;
}

/**
 * Keeps one Server-Sent Events connection to the server while the till is online, so a change
 * made on another till (a line added to a shared tab) arrives within a second instead of at the
 * next timed pull. The server pokes with its latest cursor on connect and whenever the tenant's
 * change log moves; a poke whose cursor is not the stored pull cursor starts a pull. The stream
 * only says *when* to pull — what changed always comes through the ordinary, resumable pull.
 *
 * A connection that fails, ends or goes silent past `SILENCE_MS` is opened again after a backoff
 * that resets once a poke arrives; going offline closes it, coming online opens it at once.
 */
export function createPokeListener(db: TillDb, env: SyncEnvironment, pull: () => Promise<unknown>): PokeListener {
  let started = false;
  let online = false;
  let connection: AbortController | undefined;
  let unsubscribe: (() => void) | undefined;
  let cancelRetry: (() => void) | undefined;
  let attempt = 0;
  let latest: string | undefined;
  let draining = false;
  let again = false;

  // Read after an await: a poke, stop() or going offline may have come meanwhile.
  const foldIn = () => again && started;
  const reconnectWanted = () => started && online && !connection;
  const behind = async () => latest !== undefined && latest !== (await getMeta(db, 'pullCursor'));

  /** Pulls until the stored cursor is the latest poked one; pokes arriving meanwhile are folded in. */
  async function drain(): Promise<void> {
    if (draining) {
      again = true;
      return;
    }
    draining = true;
    try {
      do {
        again = false;
        // A pull already under way when the poke came may have missed the change: one more then.
        for (let pulls = 0; pulls < 2 && started && (await behind()); pulls++) await pull().catch(() => undefined);
      } while (foldIn());
    } finally {
      draining = false;
    }
  }

  const onEvent = (event: string, data: string) => {
    if (event !== 'poke') return;
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch {
      return;
    }
    const poke = pokeSchema.safeParse(json);
    if (!poke.success) return;
    attempt = 0;
    latest = poke.data.cursor;
    void drain();
  };

  async function listen(own: AbortController, open: NonNullable<SyncEnvironment['openEventStream']>): Promise<void> {
    let cancelSilence: (() => void) | undefined;
    const heardFromServer = () => {
      cancelSilence?.();
      cancelSilence = env.setTimer(() => {
        own.abort();
      }, SILENCE_MS);
    };
    try {
      const enrolment = await getMeta(db, 'enrolment');
      if (!enrolment || own.signal.aborted) return;
      const parser = createSseParser();
      heardFromServer();
      for await (const text of open(enrolment.deviceToken, own.signal)) {
        heardFromServer();
        for (const { event, data } of parser.push(text)) onEvent(event, data);
      }
    } catch {
      // Unreachable, refused or aborted: whether to try again is decided below.
    } finally {
      cancelSilence?.();
      own.abort();
      if (connection === own) connection = undefined;
    }
  }

  async function connect(): Promise<void> {
    cancelRetry?.();
    cancelRetry = undefined;
    const open = env.openEventStream?.bind(env);
    if (!started || !online || connection || !open) return;
    const own = new AbortController();
    connection = own;
    await listen(own, open);
    if (!reconnectWanted()) return;
    cancelRetry = env.setTimer(() => {
      cancelRetry = undefined;
      void connect();
    }, retryDelay(attempt++, () => env.random()));
  }

  function disconnect(): void {
    cancelRetry?.();
    cancelRetry = undefined;
    const open = connection;
    connection = undefined;
    open?.abort();
  }

  return {
    start() {
      if (started || !env.openEventStream) return;
      started = true;
      online = env.isOnline();
      unsubscribe = env.onConnectivity((isOnline) => {
        online = isOnline;
        if (!isOnline) {
          disconnect();
          return;
        }
        attempt = 0;
        void connect();
      });
      void connect();
    },
    stop() {
      started = false;
      unsubscribe?.();
      unsubscribe = undefined;
      disconnect();
    },
  };
}

/** Starts listening; returns the stop. For the sync engine's list of things to undo on stop. */
export function listenForPokes(db: TillDb, env: SyncEnvironment, pull: () => Promise<unknown>): () => void {
  const listener = createPokeListener(db, env, pull);
  listener.start();
  return () => {
    listener.stop();
  };
}
