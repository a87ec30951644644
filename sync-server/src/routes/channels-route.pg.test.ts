import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { uuidv7 } from '@tillsafe/sync';
import { hashPassword } from '../auth/password';
import { memberships, users } from '../db/identity-schema';
import { channels, warehouses } from '../db/schema';
import { DEMO } from '../seed/demo-organisation';
import { DRIVERS, startTestServer, type TestServer } from '../testing/test-server';

const OWNER = DEMO.users.find((u) => u.role === 'owner')!;
const STORE_MANAGER = DEMO.users.find((u) => u.role === 'manager')!;
const ORG = DEMO.tenant.id;

describe.each(DRIVERS)('an organisation’s channels and warehouses, read from the back office on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind, { auth: { secret: 'a test signing key that is long enough' } });
  });
  afterAll(() => server.close());

  async function call(method: string, path: string, body?: unknown, token?: string) {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await server.app.request(path, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }
  const login = async (email: string, password: string) => (await call('POST', '/api/v1/auth/login', { email, password })).body.accessToken as string;

  test('the owner sees every channel of the organisation with its warehouses', async () => {
    const listed = await call('GET', `/api/v1/organisations/${ORG}/channels`, undefined, await login(OWNER.email, OWNER.password));
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual({
      channels: [
        { id: DEMO.store.channel.id, name: 'Corner Cellar', kind: 'store', currency: 'USD', warehouses: [{ id: DEMO.store.warehouse.id, name: DEMO.store.warehouse.name }] },
        { id: DEMO.bar.channel.id, name: 'Harbour Bar', kind: 'bar', currency: 'USD', warehouses: [{ id: DEMO.bar.warehouse.id, name: DEMO.bar.warehouse.name }] },
      ],
    });
  });

  test('any role in the organisation may read them, a store manager and a cashier alike', async () => {
    const cashierId = uuidv7();
    await server.database.db.insert(users).values({ id: cashierId, email: 'reader@cellar-harbour.example', name: 'Casey Morgan', passwordHash: await hashPassword('cashier password') });
    await server.database.db.insert(memberships).values({ id: uuidv7(), userId: cashierId, tenantId: ORG, channelId: DEMO.store.channel.id, role: 'cashier' });
    for (const token of [await login(STORE_MANAGER.email, STORE_MANAGER.password), await login('reader@cellar-harbour.example', 'cashier password')]) {
      const listed = await call('GET', `/api/v1/organisations/${ORG}/channels`, undefined, token);
      expect(listed.status).toBe(200);
      expect((listed.body.channels as { name: string }[]).map((c) => c.name)).toEqual(['Corner Cellar', 'Harbour Bar']);
    }
  });

  test('a new organisation lists none until it has one, then only its own; a channel without a warehouse has an empty list', async () => {
    const signed = await call('POST', '/api/v1/auth/signup', { email: 'fresh@shop.example', password: 'a long enough password', name: 'Fresh Owner', organisationName: 'Fresh Shop', businessType: 'retailer' });
    const token = signed.body.accessToken as string;
    const newOrg = (signed.body.memberships as { organisationId: string }[])[0]!.organisationId;
    expect((await call('GET', `/api/v1/organisations/${newOrg}/channels`, undefined, token)).body).toEqual({ channels: [] });

    const channelId = uuidv7();
    const emptyChannelId = uuidv7();
    await server.database.db.insert(channels).values([
      { id: channelId, tenantId: newOrg, name: 'Main Street', kind: 'store', currency: 'EUR', locale: 'en-IE' },
      { id: emptyChannelId, tenantId: newOrg, name: 'Pop-up', kind: 'bar', currency: 'EUR', locale: 'en-IE' },
    ]);
    await server.database.db.insert(warehouses).values([
      { id: uuidv7(), tenantId: newOrg, channelId, name: 'Stockroom' },
      { id: uuidv7(), tenantId: newOrg, channelId, name: 'Basement' },
    ]);
    const listed = (await call('GET', `/api/v1/organisations/${newOrg}/channels`, undefined, token)).body.channels as { id: string; name: string; warehouses: { name: string }[] }[];
    expect(listed.map((c) => [c.name, c.warehouses.map((w) => w.name)])).toEqual([
      ['Main Street', ['Basement', 'Stockroom']],
      ['Pop-up', []],
    ]);
  });

  test('another organisation’s channels are not found, and nothing is listed without signing in', async () => {
    const other = await call('POST', '/api/v1/auth/signup', { email: 'elsewhere@org.example', password: 'a long enough password', name: 'Else', organisationName: 'Elsewhere', businessType: 'wholesaler' });
    const outsider = await call('GET', `/api/v1/organisations/${ORG}/channels`, undefined, other.body.accessToken as string);
    expect(outsider).toMatchObject({ status: 404, body: { error: { code: 'NOT_FOUND' } } });
    expect(await call('GET', `/api/v1/organisations/${ORG}/channels`)).toMatchObject({ status: 401, body: { error: { code: 'UNAUTHORIZED' } } });
    expect(await call('GET', `/api/v1/organisations/not-an-id/channels`, undefined, other.body.accessToken as string)).toMatchObject({ status: 404 });
  });
});
