import { afterEach, expect, test } from 'vitest';
import { MAX_PUSH_BATCH, PROTOCOL_VERSION, type Mutation, type PushRequest } from '@tillsafe/sync';
import type { TillDb } from '../db/till-db';
import { cashier, enrolment, freshDb } from '../test-support/fixtures';
import { ApiError, createSyncApi, NetworkError, type SyncApi } from './api-client';
import { pushOutbox } from './push';

let db: TillDb | undefined;
afterEach(async () => {
  await db?.delete();
});

function mutation(seq: number): Mutation {
  return { id: `0190a0e0-0000-7000-8000-${seq.toString().padStart(12, '0')}`, seq, name: 'sale.complete', args: {}, hlc: 'h', actorId: cashier.id };
}

/** A server that applies everything it is sent, recording each request. */
function acceptingApi(requests: PushRequest[]): SyncApi {
  return {
    enroll: () => Promise.reject(new Error('unused')),
    pull: () => Promise.reject(new Error('unused')),
    push: (_token, request) => {
      requests.push(request);
      const last = request.mutations.at(-1)?.seq ?? 0;
      return Promise.resolve({ lastSeq: last, results: request.mutations.map((m) => ({ id: m.id, seq: m.seq, status: 'applied' as const })) });
    },
  };
}

test('the outbox goes out in seq order, as many per request as the server takes, until it is empty', async () => {
  db = freshDb();
  await db.outbox.bulkAdd(Array.from({ length: 550 }, (_, i) => mutation(550 - i)));
  const requests: PushRequest[] = [];
  const summary = await pushOutbox(db, acceptingApi(requests), enrolment);
  expect(requests.map((r) => r.mutations.length)).toEqual([MAX_PUSH_BATCH, 50]);
  expect(requests[0]!.mutations[0]!.seq).toBe(1);
  expect(requests[1]!.mutations.at(-1)!.seq).toBe(550);
  expect(requests[0]).toMatchObject({ protocolVersion: PROTOCOL_VERSION, deviceId: enrolment.deviceId });
  expect(summary).toEqual({ pushed: 550, rejected: 0, stalled: false, pullAgain: false });
  expect(await db.outbox.count()).toBe(0);
});

test('a SEQ_GAP answer surfaces as an error with the expected seq, and the outbox is kept', async () => {
  db = freshDb();
  await db.outbox.bulkAdd([mutation(5), mutation(6)]);
  const fetchGap = () => Promise.resolve(new Response(JSON.stringify({ error: { code: 'SEQ_GAP', expectedSeq: 3 } }), { status: 409 }));
  const error = await pushOutbox(db, createSyncApi('', fetchGap), enrolment).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  expect(error).toMatchObject({ status: 409, code: 'SEQ_GAP', details: { expectedSeq: 3 } });
  expect(await db.outbox.count()).toBe(2);
});

test('a network failure is reported as offline and keeps the outbox', async () => {
  db = freshDb();
  await db.outbox.add(mutation(1));
  const offline = () => Promise.reject(new TypeError('Failed to fetch'));
  await expect(pushOutbox(db, createSyncApi('', offline), enrolment)).rejects.toThrow(NetworkError);
  expect(await db.outbox.count()).toBe(1);
});

test('the device token goes in the Authorization header', async () => {
  db = freshDb();
  await db.outbox.add(mutation(1));
  let auth: string | null = null;
  const fetchOk = (_input: RequestInfo | URL, init?: RequestInit) => {
    auth = new Headers(init?.headers).get('authorization');
    return Promise.resolve(Response.json({ lastSeq: 1, results: [{ id: mutation(1).id, seq: 1, status: 'applied' }] }));
  };
  await pushOutbox(db, createSyncApi('', fetchOk), enrolment);
  expect(auth).toBe(`Bearer ${enrolment.deviceToken}`);
});
