import { afterEach, expect, test } from 'vitest';
import type { Mutation, PullResponse, PushRequest, PushResponse } from '@tillsafe/sync';
// fixtures first: it installs fake-indexeddb, which Dexie must find when it loads.
import { cashier, enrolment, freshDb } from '../test-support/fixtures';
import { setMeta } from '../db/meta';
import { TillDb } from '../db/till-db';
import type { SyncApi } from './api-client';
import { manualTimers } from './manual-timers';
import { createSyncEngine } from './sync-engine';
import type { SyncEnvironment } from './sync-environment';
import { createSyncStore } from './sync-store';

/**
 * Two tabs of one till: two engines on two connections to the same IndexedDB database, sharing a
 * lock manager that behaves like the browser's Web Locks (one holder per name, waiters granted in
 * order, and every lock of a tab released when the tab goes away, whatever its task was doing).
 */
const dbs: TillDb[] = [];
afterEach(async () => {
  const [first, ...others] = dbs.splice(0);
  for (const db of others) db.close();
  await first?.delete();
});

function fakeLockManager() {
  interface Waiter {
    tab: number;
    grant: () => void;
  }
  const held = new Map<string, number>();
  const queues = new Map<string, Waiter[]>();
  let tabs = 0;

  const grantNext = (name: string) => {
    const next = queues.get(name)?.shift();
    if (next) {
      held.set(name, next.tab);
      next.grant();
    }
  };
  const release = (name: string, tab: number) => {
    if (held.get(name) !== tab) return;
    held.delete(name);
    grantNext(name);
  };

  return {
    holder: (name: string) => held.get(name),
    tab() {
      const tab = ++tabs;
      const withLock = <T>(name: string, task: () => Promise<T>): Promise<T> =>
        new Promise<T>((resolve, reject) => {
          const grant = () => {
            task().then(resolve, reject).finally(() => {
              release(name, tab);
            });
          };
          if (held.has(name)) queues.set(name, [...(queues.get(name) ?? []), { tab, grant }]);
          else {
            held.set(name, tab);
            grant();
          }
        });
      /** The tab is closed or crashes: its locks go to the next waiter, its queued requests vanish. */
      const close = () => {
        for (const [name, queue] of queues) queues.set(name, queue.filter((w) => w.tab !== tab));
        for (const [name, holder] of [...held]) if (holder === tab) release(name, tab);
      };
      return { id: tab, withLock, close };
    },
  };
}

function environment(withLock: SyncEnvironment['withLock']) {
  const { setTimer, live } = manualTimers();
  const env: SyncEnvironment = {
    isOnline: () => true,
    onConnectivity: () => () => undefined,
    withLock,
    setTimer,
    random: () => 0.5,
    now: () => new Date('2026-11-20T10:00:00.000Z'),
  };
  const runTimers = (ms: number) => {
    for (const timer of live().filter((t) => t.ms === ms)) timer.run();
  };
  const liveTimers = () => live().map((t) => t.ms);
  return { env, runTimers, liveTimers };
}

function mutation(seq: number): Mutation {
  return { id: `0190a0e0-0000-7000-8000-${seq.toString().padStart(12, '0')}`, seq, name: 'sale.complete', args: {}, hlc: 'h', actorId: cashier.id };
}

const emptyPull: PullResponse = { cursor: 'c-1', hasMore: false, lastSeq: 0, changes: [] };

/** A server that applies everything it is sent. */
function server() {
  const pushes: PushRequest[] = [];
  const api: SyncApi = {
    enroll: () => Promise.reject(new Error('unused')),
    pull: () => Promise.resolve(emptyPull),
    push: (_token, request) => {
      pushes.push(request);
      const response: PushResponse = {
        lastSeq: request.mutations.at(-1)?.seq ?? 0,
        results: request.mutations.map((m) => ({ id: m.id, seq: m.seq, status: 'applied' as const })),
      };
      return Promise.resolve(response);
    },
  };
  return { api, pushes };
}

/** A request that reaches the network and never comes back, because its tab is gone. */
function hangingApi() {
  let sent: (() => void) | undefined;
  const reached = new Promise<void>((resolve) => {
    sent = resolve;
  });
  const api: SyncApi = {
    enroll: () => Promise.reject(new Error('unused')),
    pull: () => Promise.resolve(emptyPull),
    push: () => {
      sent?.();
      return new Promise<PushResponse>(() => undefined);
    },
  };
  return { api, reached };
}

async function twoTabs() {
  const first = freshDb();
  const second = new TillDb(first.name);
  dbs.push(first, second);
  await setMeta(first, 'enrolment', enrolment);
  return { first, second };
}

const ticks = async (n = 20) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

test('when the tab holding the push lock goes away, the waiting tab takes the lock and pushes the whole outbox', async () => {
  const { first, second } = await twoTabs();
  await first.outbox.bulkAdd([mutation(1), mutation(2)]);
  const locks = fakeLockManager();
  const tabA = locks.tab();
  const tabB = locks.tab();
  const hanging = hangingApi();
  const { api, pushes } = server();
  const engineA = createSyncEngine(first, hanging.api, createSyncStore(), environment(tabA.withLock).env);
  const engineB = createSyncEngine(second, api, createSyncStore(), environment(tabB.withLock).env);

  void engineA.pushNow();
  await hanging.reached;
  expect(locks.holder('tillsafe-push')).toBe(tabA.id);

  const pushedByB = engineB.pushNow();
  await ticks();
  expect(pushes).toEqual([]);

  tabA.close();
  await pushedByB;
  expect(locks.holder('tillsafe-push')).toBeUndefined();
  expect(pushes.map((p) => p.mutations.map((m) => m.seq))).toEqual([[1, 2]]);
  expect(await second.outbox.count()).toBe(0);
});

test('a mutation left in the outbox by a tab that closed before pushing is pushed by another open tab', async () => {
  const { first, second } = await twoTabs();
  const locks = fakeLockManager();
  const { api, pushes } = server();
  const tabB = locks.tab();
  const { env, liveTimers } = environment(tabB.withLock);
  const engineB = createSyncEngine(second, api, createSyncStore(), env);
  engineB.start();
  await engineB.settled();
  expect(pushes).toEqual([]);

  // Tab A sells and is closed before its own push runs: only the outbox knows.
  await first.outbox.add(mutation(1));
  await expect.poll(() => pushes.map((p) => p.mutations.map((m) => m.seq))).toEqual([[1]]);
  await engineB.settled();
  expect(liveTimers()).toEqual([]);
  expect(await second.outbox.count()).toBe(0);
  engineB.stop();
});
