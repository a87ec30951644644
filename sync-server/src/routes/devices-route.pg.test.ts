import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { uuidv7 } from '@tillsafe/sync';
import { auditLog, memberships, users } from '../db/identity-schema';
import { channels, devices, pairingCodes, warehouses } from '../db/schema';
import { hashPassword } from '../auth/password';
import { DEMO } from '../seed/demo-organisation';
import { DRIVERS, envelope, push, startTestServer, type TestServer } from '../testing/test-server';
import type { EnrollResponse } from '@tillsafe/sync';

const OWNER = DEMO.users.find((u) => u.role === 'owner')!;
const STORE_MANAGER = DEMO.users.find((u) => u.role === 'manager')!;
const ORG = DEMO.tenant.id;
const STORE = { channelId: DEMO.store.channel.id, warehouseId: DEMO.store.warehouse.id };
const BAR = { channelId: DEMO.bar.channel.id, warehouseId: DEMO.bar.warehouse.id };

describe.each(DRIVERS)('tills managed from the back office on %s', (kind) => {
  let server: TestServer;
  const tokens = new Map<string, string>();
  beforeAll(async () => {
    server = await startTestServer(kind, { auth: { secret: 'a test signing key that is long enough' } });
    // A cashier of the store, to be refused.
    const cashierId = uuidv7();
    await server.database.db.insert(users).values({ id: cashierId, email: 'cashier@cellar-harbour.example', name: 'Casey Morgan', passwordHash: await hashPassword('cashier password') });
    await server.database.db.insert(memberships).values({ id: uuidv7(), userId: cashierId, tenantId: ORG, channelId: STORE.channelId, role: 'cashier' });
    for (const [email, password] of [
      [OWNER.email, OWNER.password],
      [STORE_MANAGER.email, STORE_MANAGER.password],
      ['cashier@cellar-harbour.example', 'cashier password'],
    ] as const) {
      tokens.set(email, (await call('POST', '/api/v1/auth/login', { email, password })).body.accessToken as string);
    }
  });
  afterAll(() => server.close());

  async function call(method: string, path: string, body?: unknown, token?: string) {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await server.app.request(path, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }
  const as = (email: string) => tokens.get(email)!;
  const enrol = (code: string, name = 'Till') => call('POST', '/api/v1/devices/enroll', { pairingCode: code, name });

  test('a manager makes a single-use pairing code for their store; it enrols one till and is audited', async () => {
    const made = await call('POST', `/api/v1/organisations/${ORG}/pairing-codes`, STORE, as(STORE_MANAGER.email));
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ code: expect.stringMatching(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/), singleUse: true });
    const minutesLeft = (Date.parse(made.body.expiresAt as string) - Date.now()) / 60_000;
    expect(minutesLeft).toBeGreaterThan(9);
    expect(minutesLeft).toBeLessThanOrEqual(10);
    const till = await enrol(made.body.code as string, 'Front till');
    expect(till.status).toBe(201);
    expect(till.body).toMatchObject({ channelId: STORE.channelId, warehouseId: STORE.warehouseId });
    expect((await enrol(made.body.code as string)).body).toMatchObject({ error: { code: 'PAIRING_CODE_USED' } });
    const trail = await server.database.db.select().from(auditLog).where(eq(auditLog.tenantId, ORG));
    expect(trail.map((a) => a.action)).toEqual(expect.arrayContaining(['device.pairing_code_created', 'device.enrolled']));
  });

  test('a store manager cannot make codes for the bar, a cashier for anything; a warehouse of another channel is refused', async () => {
    expect((await call('POST', `/api/v1/organisations/${ORG}/pairing-codes`, BAR, as(STORE_MANAGER.email))).body).toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect((await call('POST', `/api/v1/organisations/${ORG}/pairing-codes`, STORE, as('cashier@cellar-harbour.example'))).status).toBe(403);
    const mixed = await call('POST', `/api/v1/organisations/${ORG}/pairing-codes`, { channelId: BAR.channelId, warehouseId: STORE.warehouseId }, as(OWNER.email));
    expect(mixed).toMatchObject({ status: 404, body: { error: { code: 'NOT_FOUND' } } });
    expect((await call('POST', `/api/v1/organisations/${ORG}/pairing-codes`, { channelId: 'nope' }, as(OWNER.email))).body).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
    expect((await call('POST', `/api/v1/organisations/${ORG}/pairing-codes`, STORE)).body).toMatchObject({ error: { code: 'UNAUTHORIZED' } });
  });

  test('a business awaiting approval sets up but cannot make pairing codes or enrol tills', async () => {
    const signed = await call('POST', '/api/v1/auth/signup', { email: 'new@shop.example', password: 'a long enough password', name: 'New Owner', organisationName: 'New Shop', businessType: 'retailer' });
    const newOrg = (signed.body.memberships as { organisationId: string }[])[0]!.organisationId;
    const channelId = uuidv7();
    const warehouseId = uuidv7();
    await server.database.db.insert(channels).values({ id: channelId, tenantId: newOrg, name: 'New Shop', kind: 'store', currency: 'EUR', locale: 'en-IE' });
    await server.database.db.insert(warehouses).values({ id: warehouseId, tenantId: newOrg, channelId, name: 'Back room' });
    const refused = await call('POST', `/api/v1/organisations/${newOrg}/pairing-codes`, { channelId, warehouseId }, signed.body.accessToken as string);
    expect(refused).toMatchObject({ status: 403, body: { error: { code: 'BUSINESS_NOT_APPROVED', message: expect.stringContaining('waiting for approval') } } });
    // A code that reached the database some other way does not enrol a till either.
    await server.database.db.insert(pairingCodes).values({ code: 'PENDING1', tenantId: newOrg, channelId, warehouseId });
    expect((await enrol('PENDING1')).body).toMatchObject({ error: { code: 'BUSINESS_NOT_APPROVED' } });
    expect((await server.database.db.select().from(devices).where(eq(devices.tenantId, newOrg))).length).toBe(0);
  });

  test('another organisation, and its tills, are not found from this one', async () => {
    const other = await call('POST', '/api/v1/auth/signup', { email: 'other@org.example', password: 'a long enough password', name: 'Other', organisationName: 'Other Org', businessType: 'wholesaler' });
    const otherToken = other.body.accessToken as string;
    const [demoDevice] = await server.database.db.select().from(devices).where(eq(devices.tenantId, ORG)).limit(1);
    expect((await call('GET', `/api/v1/organisations/${ORG}/devices`, undefined, otherToken)).status).toBe(404);
    expect((await call('POST', `/api/v1/organisations/${ORG}/devices/${demoDevice!.id}/revoke`, undefined, otherToken)).status).toBe(404);
    const ownOrg = (other.body.memberships as { organisationId: string }[])[0]!.organisationId;
    expect((await call('POST', `/api/v1/organisations/${ownOrg}/devices/${demoDevice!.id}/revoke`, undefined, otherToken)).status).toBe(404);
    expect((await server.database.db.select().from(devices).where(eq(devices.id, demoDevice!.id)))[0]!.revokedAt).toBeNull();
  });

  test('the owner sees every till, the store manager only the store’s; renaming is audited with before and after', async () => {
    const barCode = (await call('POST', `/api/v1/organisations/${ORG}/pairing-codes`, BAR, as(OWNER.email))).body.code as string;
    const barTill = (await enrol(barCode, 'Bar till')).body as unknown as EnrollResponse;
    const ownerList = (await call('GET', `/api/v1/organisations/${ORG}/devices`, undefined, as(OWNER.email))).body.devices as { id: string; channelId: string }[];
    const managerList = (await call('GET', `/api/v1/organisations/${ORG}/devices`, undefined, as(STORE_MANAGER.email))).body.devices as { id: string; channelId: string }[];
    expect(ownerList.map((d) => d.id)).toContain(barTill.deviceId);
    expect(managerList.map((d) => d.id)).not.toContain(barTill.deviceId);
    expect(managerList.every((d) => d.channelId === STORE.channelId)).toBe(true);
    expect((await call('GET', `/api/v1/organisations/${ORG}/devices`, undefined, as('cashier@cellar-harbour.example'))).status).toBe(403);

    expect((await call('PATCH', `/api/v1/organisations/${ORG}/devices/${barTill.deviceId}`, { name: 'Taps' }, as(STORE_MANAGER.email))).status).toBe(403);
    expect((await call('PATCH', `/api/v1/organisations/${ORG}/devices/${barTill.deviceId}`, { name: '  ' }, as(OWNER.email))).status).toBe(400);
    expect((await call('PATCH', `/api/v1/organisations/${ORG}/devices/${barTill.deviceId}`, { name: 'Taps' }, as(OWNER.email))).body).toEqual({ id: barTill.deviceId, name: 'Taps' });
    const [renamed] = await server.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'device.renamed'), eq(auditLog.deviceId, barTill.deviceId)));
    expect(renamed).toMatchObject({ before: { name: 'Bar till' }, after: { name: 'Taps' } });
  });

  test('a revoked till is told so on its next push, once; revoking twice is refused plainly', async () => {
    const code = (await call('POST', `/api/v1/organisations/${ORG}/pairing-codes`, STORE, as(STORE_MANAGER.email))).body.code as string;
    const till = (await enrol(code, 'Doomed till')).body as unknown as EnrollResponse;
    expect((await push(server, till, [])).status).toBe(200);
    const revoked = await call('POST', `/api/v1/organisations/${ORG}/devices/${till.deviceId}/revoke`, undefined, as(STORE_MANAGER.email));
    expect(revoked.status).toBe(200);
    const refused = await push(server, till, [envelope(1, 'cash.event', { id: uuidv7(), kind: 'no_sale', amount: 0, reason: '' })]);
    expect(refused).toMatchObject({ status: 401, body: { error: { code: 'DEVICE_REVOKED' } } });
    expect((await call('POST', `/api/v1/organisations/${ORG}/devices/${till.deviceId}/revoke`, undefined, as(OWNER.email))).body).toMatchObject({ error: { code: 'ALREADY_REVOKED' } });
    const [entry] = await server.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'device.revoked'), eq(auditLog.deviceId, till.deviceId)));
    expect(entry).toMatchObject({ before: { revokedAt: null }, after: { revokedAt: expect.any(String) } });
  });
});
