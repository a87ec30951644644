import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { devices, pairingCodes } from '../db/schema';
import { DEMO } from '../seed/demo-organisation';
import { DRIVERS, postJson, startTestServer, STORE_CODE, type TestServer } from '../testing/test-server';

describe.each(DRIVERS)('enrolment and edge errors on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  const deviceCount = async () => (await server.database.db.select({ n: count() }).from(devices))[0]!.n;

  test('health reports the database driver', async () => {
    const res = await server.app.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', db: kind, version: 'test' });
  });

  test('a demo pairing code enrols a till into the store, typed in any case', async () => {
    const res = await postJson(server, '/api/v1/devices/enroll', { pairingCode: STORE_CODE.toLowerCase(), name: 'Front till' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ tenantId: DEMO.tenant.id, channelId: DEMO.store.channel.id, warehouseId: DEMO.store.warehouse.id });
    expect(res.body.deviceToken).toEqual(expect.stringMatching(/^dt_/));
  });

  test('a wrong pairing code is refused and stores nothing', async () => {
    const before = await deviceCount();
    const res = await postJson(server, '/api/v1/devices/enroll', { pairingCode: 'NOPE-NOPE', name: 'Till' });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: { code: 'INVALID_PAIRING_CODE', message: expect.stringContaining('not valid') } });
    expect(await deviceCount()).toBe(before);
  });

  test('a single-use code enrols one till, then is refused; an expired code is refused', async () => {
    const { db } = server.database;
    await db.insert(pairingCodes).values({ code: 'ONCE1234', tenantId: DEMO.tenant.id, channelId: DEMO.bar.channel.id, warehouseId: DEMO.bar.warehouse.id });
    await db.insert(pairingCodes).values({
      code: 'OLD12345',
      tenantId: DEMO.tenant.id,
      channelId: DEMO.bar.channel.id,
      warehouseId: DEMO.bar.warehouse.id,
      expiresAt: new Date(Date.now() - 1000),
    });
    expect((await postJson(server, '/api/v1/devices/enroll', { pairingCode: 'ONCE1234', name: 'Bar 1' })).status).toBe(201);
    const again = await postJson(server, '/api/v1/devices/enroll', { pairingCode: 'ONCE1234', name: 'Bar 2' });
    expect(again.body).toMatchObject({ error: { code: 'PAIRING_CODE_USED' } });
    const old = await postJson(server, '/api/v1/devices/enroll', { pairingCode: 'OLD12345', name: 'Bar 3' });
    expect(old.body).toMatchObject({ error: { code: 'PAIRING_CODE_EXPIRED' } });
    expect(await db.select().from(devices).where(eq(devices.channelId, DEMO.bar.channel.id))).toHaveLength(1);
  });

  test('malformed JSON and missing fields get 400 with codes', async () => {
    const malformed = await postJson(server, '/api/v1/devices/enroll', '{"pairingCode": ');
    expect(malformed).toEqual({ status: 400, body: { error: { code: 'MALFORMED_JSON', message: 'The request body is not valid JSON.' } } });
    const missing = await postJson(server, '/api/v1/devices/enroll', { pairingCode: STORE_CODE });
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ error: { code: 'VALIDATION_FAILED', message: expect.stringContaining('name') } });
  });

  test('unknown API routes answer 404 in the error envelope', async () => {
    const res = await server.app.request('/api/v1/nothing-here', { method: 'DELETE' });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'There is no DELETE /api/v1/nothing-here.' } });
  });

  test('a body over the limit is refused with 413', async () => {
    const res = await postJson(server, '/api/v1/devices/enroll', { pairingCode: STORE_CODE, name: 'x'.repeat(9 * 1024 * 1024) });
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ error: { code: 'BODY_TOO_LARGE' } });
  });
});
