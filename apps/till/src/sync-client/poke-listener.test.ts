import { afterEach, expect, test, vi } from 'vitest';
import { MAX_PUSH_BATCH, PROTOCOL_VERSION, uuidv7, type PullResponse } from '@tillsafe/sync';
import { getMeta, setMeta } from '../db/meta';
import type { TillDb } from '../db/till-db';
import { enrolment, freshDb } from '../test-support/fixtures';
import type { SyncApi } from './api-client';
import { manualTimers } from './manual-timers';
import { createPokeListener, SILENCE_MS } from './poke-listener';
import { createSyncEngine } from './sync-engine';
import type { SyncEnvironment } from './sync-environment';
import { createSyncStore } from './sync-store';

let db: TillDb | undefined;
const stops: (() => void)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) stop();
  await db?.delete();
});

/** One stream the fake server opened: the test sends text down it, ends it or breaks it. */
interface FakeStream {
  token: string;
  signal: AbortSignal;
  send(text: string): void;
  end(): void;
  fail(): void;
}

const poke = (cursor: string) => `event: poke\ndata: ${JSON.stringify({ cursor })}\n\n`;

/** An environment whose timers run only when the test says so and whose event streams the test drives. */
function fakeEnvironment(options: { withStreams?: boolean } = {}) {
  const { setTimer, live } = manualTimers();
  const streams: FakeStream[] = [];
  let connectivity: ((online: boolean) => void) | undefined;
  let online = true;

  function openEventStream(token: string, signal: AbortSignal): AsyncIterable<string> {
    const queue: string[] = [];
    let ended = false;
    let failed = false;
    let wake: (() => void) | undefined;
    const poke = () => wake?.();
    signal.addEventListener('abort', poke);
    streams.push({
      token,
      signal,
      send: (text) => {
        queue.push(text);
        poke();
      },
      end: () => {
        ended = true;
        poke();
      },
      fail: () => {
        failed = true;
        poke();
      },
    });
    return {
      async *[Symbol.asyncIterator]() {
        for (;;) {
          if (signal.aborted) throw new DOMException('The stream was aborted.', 'AbortError');
          if (failed) throw new TypeError('Failed to fetch');
          const text = queue.shift();
          if (text !== undefined) yield text;
          else if (ended) return;
          else await new Promise<void>((resolve) => (wake = resolve));
        }
      },
    };
  }

  const env: SyncEnvironment = {
    isOnline: () => online,
    onConnectivity: (listener) => {
      connectivity = listener;
      return () => {
        connectivity = undefined;
      };
    },
    withLock: (_name, task) => task(),
    setTimer,
    random: () => 0.5,
    now: () => new Date('2026-11-20T10:00:00.000Z'),
    ...(options.withStreams === false ? {} : { openEventStream }),
  };
  const retries = () => live().filter((t) => t.ms !== SILENCE_MS);
  return {
    env,
    streams,
    live,
    retries,
    subscribed: () => connectivity !== undefined,
    goOnline: () => {
      online = true;
      connectivity?.(true);
    },
    goOffline: () => {
      online = false;
      connectivity?.(false);
    },
  };
}

/** A pull that stores the cursor it was asked to reach, once the test lets it finish. */
function scriptedPull(target: () => string | undefined) {
  const calls: (() => void)[] = [];
  let auto = true;
  const pull = () =>
    new Promise<void>((resolve) => {
      const finish = () => {
        const cursor = target();
        void (cursor ? setMeta(db!, 'pullCursor', cursor) : Promise.resolve()).then(resolve);
      };
      calls.push(finish);
      if (auto) finish();
    });
  return {
    pull,
    calls,
    hold: () => {
      auto = false;
    },
  };
}

async function pairedTill(cursor: string) {
  db = freshDb();
  await setMeta(db, 'enrolment', enrolment);
  await setMeta(db, 'pullCursor', cursor);
  await setMeta(db, 'pullProtocol', PROTOCOL_VERSION);
  return db;
}

test('a poke with a cursor the till has not pulled starts a pull; one it has pulled does not', async () => {
  const till = await pairedTill('p5');
  const { env, streams } = fakeEnvironment();
  let serverCursor = 'p5';
  const { pull, calls } = scriptedPull(() => serverCursor);
  const listener = createPokeListener(till, env, pull);
  listener.start();
  stops.push(() => {
    listener.stop();
  });

  await vi.waitFor(() => {
    expect(streams).toHaveLength(1);
  });
  expect(streams[0]!.token).toBe(enrolment.deviceToken);
  streams[0]!.send(': heartbeat\n\n');
  streams[0]!.send(poke('p5'));
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(calls).toHaveLength(0);
  serverCursor = 'p7';
  streams[0]!.send(poke('p7'));
  await vi.waitFor(async () => {
    expect(await getMeta(till, 'pullCursor')).toBe('p7');
  });
  expect(calls).toHaveLength(1);
});

test('pokes that arrive during a pull are folded into one more pull', async () => {
  const till = await pairedTill('p5');
  const { env, streams } = fakeEnvironment();
  let serverCursor = 'p7';
  const { pull, calls, hold } = scriptedPull(() => serverCursor);
  hold();
  const listener = createPokeListener(till, env, pull);
  listener.start();
  stops.push(() => {
    listener.stop();
  });

  await vi.waitFor(() => {
    expect(streams).toHaveLength(1);
  });
  streams[0]!.send(poke('p7'));
  await vi.waitFor(() => {
    expect(calls).toHaveLength(1);
  });
  streams[0]!.send(poke('p8'));
  streams[0]!.send(poke('p9'));
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(calls).toHaveLength(1);
  calls[0]!();
  await vi.waitFor(() => {
    expect(calls).toHaveLength(2);
  });
  serverCursor = 'p9';
  calls[1]!();
  await vi.waitFor(async () => {
    expect(await getMeta(till, 'pullCursor')).toBe('p9');
  });
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(calls).toHaveLength(2);
});

test('a stream that fails or ends is opened again after a backoff that resets once a poke arrives', async () => {
  const till = await pairedTill('p5');
  const { env, streams, retries } = fakeEnvironment();
  const listener = createPokeListener(till, env, scriptedPull(() => 'p5').pull);
  listener.start();
  stops.push(() => {
    listener.stop();
  });

  await vi.waitFor(() => {
    expect(streams).toHaveLength(1);
  });
  streams[0]!.fail();
  await vi.waitFor(() => {
    expect(retries().map((t) => t.ms)).toEqual([1000]);
  });
  retries()[0]!.run();
  await vi.waitFor(() => {
    expect(streams).toHaveLength(2);
  });
  streams[1]!.end();
  await vi.waitFor(() => {
    expect(retries().map((t) => t.ms)).toEqual([1500]);
  });
  retries()[0]!.run();
  await vi.waitFor(() => {
    expect(streams).toHaveLength(3);
  });
  streams[2]!.send(poke('p5'));
  streams[2]!.end();
  await vi.waitFor(() => {
    expect(retries().map((t) => t.ms)).toEqual([1000]);
  });
});

test('a stream silent for longer than three heartbeats is dropped and opened again', async () => {
  const till = await pairedTill('p5');
  const { env, streams, live, retries } = fakeEnvironment();
  const listener = createPokeListener(till, env, scriptedPull(() => 'p5').pull);
  listener.start();
  stops.push(() => {
    listener.stop();
  });

  await vi.waitFor(() => {
    expect(streams).toHaveLength(1);
  });
  await vi.waitFor(() => {
    expect(live().map((t) => t.ms)).toEqual([SILENCE_MS]);
  });
  live()[0]!.run();
  expect(streams[0]!.signal.aborted).toBe(true);
  await vi.waitFor(() => {
    expect(retries()).toHaveLength(1);
  });
  retries()[0]!.run();
  await vi.waitFor(() => {
    expect(streams).toHaveLength(2);
  });
});

test('going offline closes the stream and waits; coming online opens it at once', async () => {
  const till = await pairedTill('p5');
  const { env, streams, retries, goOffline, goOnline } = fakeEnvironment();
  const listener = createPokeListener(till, env, scriptedPull(() => 'p5').pull);
  listener.start();
  stops.push(() => {
    listener.stop();
  });

  await vi.waitFor(() => {
    expect(streams).toHaveLength(1);
  });
  goOffline();
  expect(streams[0]!.signal.aborted).toBe(true);
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(retries()).toEqual([]);
  expect(streams).toHaveLength(1);
  goOnline();
  await vi.waitFor(() => {
    expect(streams).toHaveLength(2);
  });
});

test('stop closes the stream, and nothing opens it again', async () => {
  const till = await pairedTill('p5');
  const { env, streams, live, subscribed } = fakeEnvironment();
  const listener = createPokeListener(till, env, scriptedPull(() => 'p5').pull);
  listener.start();
  await vi.waitFor(() => {
    expect(streams).toHaveLength(1);
  });
  listener.stop();
  expect(streams[0]!.signal.aborted).toBe(true);
  expect(subscribed()).toBe(false);
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(live()).toEqual([]);
  expect(streams).toHaveLength(1);
});

test('an environment without event streams listens for nothing', async () => {
  const till = await pairedTill('p5');
  const { env, subscribed, live } = fakeEnvironment({ withStreams: false });
  const listener = createPokeListener(till, env, scriptedPull(() => 'p5').pull);
  listener.start();
  stops.push(() => {
    listener.stop();
  });
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(subscribed()).toBe(false);
  expect(live()).toEqual([]);
});

test('a started sync engine listens for pokes and pulls through its own pull', async () => {
  const till = await pairedTill('p5');
  const { env, streams } = fakeEnvironment();
  const pulls: (string | undefined)[] = [];
  const api: SyncApi = {
    enroll: () => Promise.reject(new Error('unused')),
    push: () => Promise.reject(new Error('unused')),
    pull: (_token, cursor) => {
      pulls.push(cursor);
      const page: PullResponse = { cursor: 'p8', hasMore: false, lastSeq: 0, changes: [] };
      return Promise.resolve(page);
    },
  };
  const engine = createSyncEngine(till, api, createSyncStore(), env);
  engine.start();
  stops.push(() => {
    engine.stop();
  });
  await vi.waitFor(() => {
    expect(streams).toHaveLength(1);
  });
  await engine.settled();
  const before = pulls.length;
  streams[0]!.send(poke('p9'));
  await vi.waitFor(() => {
    expect(pulls.length).toBeGreaterThan(before);
  });
  engine.stop();
  expect(streams[0]!.signal.aborted).toBe(true);
});

test('pokes that arrive while the outbox drains wait for the drain, then one pull brings everything', async () => {
  const till = await pairedTill('p5');
  await till.outbox.bulkAdd(
    Array.from({ length: MAX_PUSH_BATCH * 2 }, (_, i) => ({ id: uuidv7(), seq: i + 1, name: 'sale.complete', args: {}, hlc: 'h', actorId: enrolment.deviceId })),
  );
  const { env, streams } = fakeEnvironment();
  const events: string[] = [];
  let releaseFirst: (() => void) | undefined;
  const api: SyncApi = {
    enroll: () => Promise.reject(new Error('unused')),
    push: (_token, request) => {
      events.push(`push ${request.mutations.length}`);
      const answer = { lastSeq: request.mutations.at(-1)!.seq, results: request.mutations.map((m) => ({ id: m.id, seq: m.seq, status: 'applied' as const })) };
      // The first batch is held until the test has poked, as its own poke would come mid-drain.
      if (events.length === 1)
        return new Promise((resolve) => {
          releaseFirst = () => {
            resolve(answer);
          };
        });
      return Promise.resolve(answer);
    },
    pull: (_token, cursor) => {
      events.push(`pull from ${cursor}`);
      // The start's pull finds the log at p6; the pokes then say it moved on to p9.
      const page: PullResponse = { cursor: cursor === 'p5' ? 'p6' : 'p9', hasMore: false, lastSeq: 0, changes: [] };
      return Promise.resolve(page);
    },
  };
  const engine = createSyncEngine(till, api, createSyncStore(), env);
  engine.start();
  stops.push(() => {
    engine.stop();
  });
  await vi.waitFor(async () => {
    expect(streams).toHaveLength(1);
    expect(releaseFirst).toBeDefined();
    expect(await getMeta(till, 'pullCursor')).toBe('p6');
  });
  streams[0]!.send(poke('p7'));
  streams[0]!.send(poke('p9'));
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(events.filter((e) => e.startsWith('pull'))).toEqual(['pull from p5']);

  const released = events.length;
  releaseFirst!();
  await vi.waitFor(async () => {
    expect(await getMeta(till, 'pullCursor')).toBe('p9');
  });
  await engine.settled();
  expect(events.slice(released)).toEqual([`push ${MAX_PUSH_BATCH}`, 'pull from p6']);
  expect(await till.outbox.count()).toBe(0);
});

test('a poke with nothing in the outbox only pulls: no empty push (nor its lock) runs beside the pull', async () => {
  const till = await pairedTill('p5');
  const { env, streams } = fakeEnvironment();
  const events: string[] = [];
  const api: SyncApi = {
    enroll: () => Promise.reject(new Error('unused')),
    push: (_token, request) => {
      events.push(`push ${request.mutations.length}`);
      return Promise.resolve({ lastSeq: request.mutations.at(-1)!.seq, results: request.mutations.map((m) => ({ id: m.id, seq: m.seq, status: 'applied' as const })) });
    },
    pull: (_token, cursor) => {
      events.push(`pull from ${cursor}`);
      const page: PullResponse = { cursor: cursor === 'p5' ? 'p6' : 'p9', hasMore: false, lastSeq: 0, changes: [] };
      return Promise.resolve(page);
    },
  };
  const store = createSyncStore();
  store.subscribe((state, previous) => {
    if (state.pushing && !previous.pushing) events.push('pushing');
  });
  const engine = createSyncEngine(till, api, store, env);
  engine.start();
  stops.push(() => {
    engine.stop();
  });
  await vi.waitFor(async () => {
    expect(streams).toHaveLength(1);
    expect(await getMeta(till, 'pullCursor')).toBe('p6');
  });
  await engine.settled();
  const before = events.length;
  streams[0]!.send(poke('p9'));
  await vi.waitFor(async () => {
    expect(await getMeta(till, 'pullCursor')).toBe('p9');
  });
  await engine.settled();
  expect(events.slice(before)).toEqual(['pull from p6']);
});
