import { afterEach, expect, test } from 'vitest';
import { PROTOCOL_VERSION, type Mutation, type PullResponse, type PushRequest, type PushResponse } from '@tillsafe/sync';
import { setMeta } from '../db/meta';
import type { TillDb } from '../db/till-db';
import { cashier, enrolment, freshDb } from '../test-support/fixtures';
import { ApiError, NetworkError, type SyncApi } from './api-client';
import { manualTimers } from './manual-timers';
import { createSyncEngine } from './sync-engine';
import type { SyncEnvironment } from './sync-environment';
import { createSyncStore } from './sync-store';

let db: TillDb | undefined;
afterEach(async () => {
  await db?.delete();
});

function mutation(seq: number): Mutation {
  return { id: `0190a0e0-0000-7000-8000-${seq.toString().padStart(12, '0')}`, seq, name: 'sale.complete', args: {}, hlc: 'h', actorId: cashier.id };
}

/** Timers that only run when the test says so. */
function fakeEnvironment() {
  const { setTimer, live } = manualTimers();
  let connectivity: ((online: boolean) => void) | undefined;
  const env: SyncEnvironment = {
    isOnline: () => true,
    onConnectivity: (listener) => {
      connectivity = listener;
      return () => undefined;
    },
    withLock: (_name, task) => task(),
    setTimer,
    random: () => 0.5,
    now: () => new Date('2026-11-20T10:00:00.000Z'),
  };
  return { env, live, goOnline: () => connectivity?.(true), goOffline: () => connectivity?.(false) };
}

/** A server whose push answer the test chooses per call. */
function scriptedApi(answers: ((request: PushRequest) => Promise<PushResponse>)[]) {
  const calls: PushRequest[] = [];
  const pulls: (string | undefined)[] = [];
  const api: SyncApi = {
    enroll: () => Promise.reject(new Error('unused')),
    pull: (_token, cursor) => {
      pulls.push(cursor);
      const page: PullResponse = { cursor: 'c-1', hasMore: false, lastSeq: 0, changes: [] };
      return Promise.resolve(page);
    },
    push: (_token, request) => {
      calls.push(request);
      const answer = answers.shift();
      return answer ? answer(request) : Promise.reject(new Error('no scripted answer'));
    },
  };
  return { api, calls, pulls };
}

const applyAll = (request: PushRequest): Promise<PushResponse> =>
  Promise.resolve({ lastSeq: request.mutations.at(-1)?.seq ?? 0, results: request.mutations.map((m) => ({ id: m.id, seq: m.seq, status: 'applied' as const })) });

test('an unreachable server keeps the outbox, shows offline and retries with growing delays until it answers', async () => {
  db = freshDb();
  await setMeta(db, 'enrolment', enrolment);
  await db.outbox.add(mutation(1));
  const { env, live } = fakeEnvironment();
  const { api, calls } = scriptedApi([() => Promise.reject(new NetworkError()), () => Promise.reject(new NetworkError()), applyAll]);
  const store = createSyncStore();
  const engine = createSyncEngine(db, api, store, env);

  await engine.pushNow();
  expect(store.getState().reachable).toBe(false);
  expect(await db.outbox.count()).toBe(1);
  expect(live().map((t) => t.ms)).toEqual([1000]);

  live()[0]!.run();
  await engine.settled();
  expect(live().map((t) => t.ms)).toEqual([1500]);

  live()[0]!.run();
  await engine.settled();
  expect(calls).toHaveLength(3);
  expect(await db.outbox.count()).toBe(0);
  expect(store.getState()).toMatchObject({ reachable: true, lastError: undefined, lastSyncAt: '2026-11-20T10:00:00.000Z' });
  expect(live()).toEqual([]);
});

test('with nothing to push, an unreachable server is re-checked by pulling until it answers', async () => {
  db = freshDb();
  await setMeta(db, 'enrolment', enrolment);
  const { env, live } = fakeEnvironment();
  const { api, pulls } = scriptedApi([]);
  let down = true;
  const pull = api.pull;
  api.pull = (token, cursor, limit) => (down ? Promise.reject(new NetworkError()) : pull(token, cursor, limit));
  const store = createSyncStore();
  const engine = createSyncEngine(db, api, store, env);

  await engine.pullNow();
  expect(store.getState().reachable).toBe(false);
  expect(live().map((t) => t.ms)).toEqual([1000]);

  down = false;
  live()[0]!.run();
  await engine.settled();
  expect(store.getState().reachable).toBe(true);
  expect(pulls.length).toBeGreaterThan(0);
  expect(live()).toEqual([]);
});

test('a SEQ_GAP refusal is shown as a sync error and the outbox is kept', async () => {
  db = freshDb();
  await setMeta(db, 'enrolment', enrolment);
  await db.outbox.add(mutation(4));
  const { env } = fakeEnvironment();
  const { api } = scriptedApi([() => Promise.reject(new ApiError(409, 'SEQ_GAP', 'Expected seq 2.', { expectedSeq: 2 }))]);
  const store = createSyncStore();
  await createSyncEngine(db, api, store, env).pushNow();
  expect(store.getState().reachable).toBe(true);
  expect(store.getState().lastError).toMatch(/expected change #2 \(SEQ_GAP\)/);
  expect(await db.outbox.count()).toBe(1);
});

test('mutations made in one task are pushed once, right after it, with no timer', async () => {
  db = freshDb();
  await setMeta(db, 'enrolment', enrolment);
  await db.outbox.bulkAdd([mutation(1), mutation(2)]);
  const { env, live } = fakeEnvironment();
  const { api, calls } = scriptedApi([applyAll]);
  const engine = createSyncEngine(db, api, createSyncStore(), env);
  engine.requestPush();
  engine.requestPush();
  expect(calls).toEqual([]);
  await Promise.resolve();
  await engine.settled();
  expect(live()).toEqual([]);
  expect(calls.map((c) => c.mutations.length)).toEqual([2]);
});

test('coming back online pushes and pulls at once', async () => {
  db = freshDb();
  await setMeta(db, 'enrolment', enrolment);
  const { env, goOffline, goOnline } = fakeEnvironment();
  const { api, pulls } = scriptedApi([]);
  const store = createSyncStore();
  const engine = createSyncEngine(db, api, store, env);
  engine.start();
  await engine.pullNow();
  goOffline();
  expect(store.getState().navigatorOnline).toBe(false);
  goOnline();
  await engine.pullNow();
  expect(store.getState().navigatorOnline).toBe(true);
  expect(pulls).toEqual([undefined, 'c-1']);
  engine.stop();
});

test('an answer with corrections is settled holding the pull lock, and one that moved the cursor back is followed by a pull from there', async () => {
  db = freshDb();
  const till = db;
  await setMeta(till, 'enrolment', enrolment);
  await setMeta(till, 'pullCursor', 'c-1');
  await setMeta(till, 'pullProtocol', PROTOCOL_VERSION);
  await till.outbox.add(mutation(1));
  const { env } = fakeEnvironment();
  const locks: string[] = [];
  env.withLock = (name, task) => {
    locks.push(name);
    return task();
  };
  const { api, pulls } = scriptedApi([
    async (request) => {
      // A pull stores a newer page while this answer is on its way.
      await setMeta(till, 'pullCursor', 'c-2');
      const [m] = request.mutations;
      return { lastSeq: 1, results: [{ id: m!.id, seq: 1, status: 'rejected', code: 'FORBIDDEN', message: 'No.' }], corrections: [{ entity: 'sale', id: '0190a0e0-0000-7000-8000-0000005a0001', version: {}, op: 'delete', data: null }] };
    },
  ]);
  const engine = createSyncEngine(till, api, createSyncStore(), env);

  await engine.pushNow();
  await engine.settled();
  expect(locks).toEqual(['tillsafe-push', 'tillsafe-pull', 'tillsafe-pull']);
  expect(pulls).toEqual(['c-1']);
  expect(await till.rejections.count()).toBe(1);
});
