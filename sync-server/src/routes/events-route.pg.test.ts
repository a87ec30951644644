import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { uuidv7, type EnrollResponse } from '@tillsafe/sync';
import { createApp } from '../app';
import { channels, pairingCodes, tenants, warehouses } from '../db/schema';
import { buildDemoCatalog } from '../seed/demo-catalog';
import { DEMO } from '../seed/demo-organisation';
import { encodeCursor, recordChanges } from '../sync/change-log';
import type { ChangeNotifier } from '../sync/change-notifier';
import { readChangePos } from '../sync/change-position';
import { sseReader, type SseReader } from '../testing/sse-reader';
import { DRIVERS, enrollTill, startTestServer, type TestServer } from '../testing/test-server';

/** Bounded waits for things that should happen at once; not a measure of speed. */
const ARRIVES_MS = 5_000;
/** Longer than the notifier's coalescing window: what has not arrived by then is not coming. */
const QUIET_MS = 500;

const products = buildDemoCatalog().products;

describe.each(DRIVERS)('sync events on %s', (kind) => {
  let server: TestServer;
  let till: EnrollResponse;
  const readers: SseReader[] = [];
  beforeAll(async () => {
    server = await startTestServer(kind);
    till = await enrollTill(server);
  });
  afterAll(async () => {
    await Promise.all(readers.map((r) => r.close()));
    await server.close();
  });

  async function open(token: string, app = server.app) {
    const res = await app.request('/api/v1/sync/events', { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = sseReader(res.body!);
    readers.push(reader);
    return reader;
  }

  /** Moves the demo tenant's change log by `count` product changes in one transaction, then publishes. */
  async function change(count = 1): Promise<string> {
    const { db, notifier } = server.database;
    await db.transaction((tx) =>
      recordChanges(
        tx,
        DEMO.tenant.id,
        products.slice(0, count).map((p) => ({ entity: 'product', id: p.id, op: 'put' }) as const),
      ),
    );
    await notifier.publish(DEMO.tenant.id);
    return encodeCursor(await readChangePos(db, DEMO.tenant.id));
  }

  test('a till hears its tenant’s cursor on connect, then the new cursor after a change', async () => {
    const events = await open(till.deviceToken);
    expect(await events.nextPoke(ARRIVES_MS)).toBe(encodeCursor(await readChangePos(server.database.db, DEMO.tenant.id)));
    const cursor = await change();
    expect(await events.nextPoke(ARRIVES_MS)).toBe(cursor);
  });

  test('a change of 200 records is one poke', async () => {
    const events = await open(till.deviceToken);
    await events.nextPoke(ARRIVES_MS);
    const cursor = await change(200);
    expect(await events.nextPoke(ARRIVES_MS)).toBe(cursor);
    expect(await events.nextPoke(QUIET_MS)).toBeUndefined();
  });

  test('a till of another tenant hears nothing of this tenant’s changes', async () => {
    const other = await enrollOtherTenant(server);
    const theirs = await open(other.deviceToken);
    const ours = await open(till.deviceToken);
    expect(await theirs.nextPoke(ARRIVES_MS)).toBe(encodeCursor(0));
    await ours.nextPoke(ARRIVES_MS);
    const cursor = await change();
    expect(await ours.nextPoke(ARRIVES_MS)).toBe(cursor);
    expect(await theirs.nextPoke(QUIET_MS)).toBeUndefined();
  });

  test('a missing or unknown device token is refused with 401 in the error envelope', async () => {
    const missing = await server.app.request('/api/v1/sync/events');
    expect(missing.status).toBe(401);
    expect(await missing.json()).toEqual({ error: { code: 'UNAUTHORIZED', message: expect.stringContaining('device token') } });
    const unknown = await server.app.request('/api/v1/sync/events', { headers: { authorization: 'Bearer dt_nobody' } });
    expect(unknown.status).toBe(401);
    expect(await unknown.json()).toMatchObject({ error: { code: 'UNAUTHORIZED' } });
    const inQuery = await server.app.request(`/api/v1/sync/events?token=${till.deviceToken}`);
    expect(inQuery.status).toBe(401);
  });

  test('a quiet stream sends heartbeat comments', async () => {
    const app = createApp({ database: server.database, version: 'test', eventsHeartbeatMs: 50 });
    const events = await open(till.deviceToken, app);
    expect(await events.next(ARRIVES_MS)).toMatchObject({ kind: 'event', event: 'poke' });
    expect(await events.next(ARRIVES_MS)).toEqual({ kind: 'comment', text: 'heartbeat' });
    expect(await events.next(ARRIVES_MS)).toEqual({ kind: 'comment', text: 'heartbeat' });
  });

  test('a till that hangs up leaves no subscription behind', async () => {
    let live = 0;
    const counting: ChangeNotifier = {
      publish: (tenantId, pos) => server.database.notifier.publish(tenantId, pos),
      subscribe(tenantId, listener) {
        live += 1;
        const unsubscribe = server.database.notifier.subscribe(tenantId, listener);
        return () => {
          live -= 1;
          unsubscribe();
        };
      },
    };
    const app = createApp({ database: server.database, version: 'test', notifier: counting });
    const events = await open(till.deviceToken, app);
    await events.nextPoke(ARRIVES_MS);
    expect(live).toBe(1);
    await events.close();
    await expect.poll(() => live, { timeout: ARRIVES_MS }).toBe(0);
  });
});

/** A second organisation with one store and a till enrolled into it. */
async function enrollOtherTenant(server: TestServer): Promise<EnrollResponse> {
  const { db } = server.database;
  const tenantId = uuidv7();
  const channelId = uuidv7();
  const warehouseId = uuidv7();
  await db.insert(tenants).values({ id: tenantId, name: 'Other Org' });
  await db.insert(channels).values({ id: channelId, tenantId, name: 'Other Store', kind: 'store', currency: 'USD', locale: 'en-US' });
  await db.insert(warehouses).values({ id: warehouseId, tenantId, channelId, name: 'Other Backroom' });
  const code = `OTHER${Date.now().toString(36).toUpperCase()}`;
  await db.insert(pairingCodes).values({ code, tenantId, channelId, warehouseId, reusable: true });
  return enrollTill(server, code);
}
