import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import { pullResponseSchema, uuidv7, type EnrollResponse } from '@tillsafe/sync';
import { products, sales, tabs } from '../db/schema';
import { createOtherTenant } from '../testing/other-tenant';
import { saleArgs } from '../testing/sale-args';
import { DRIVERS, enrollTill, envelope, postJson, push, startTestServer, type TestServer } from '../testing/test-server';

describe.each(DRIVERS)('one tenant’s till cannot reach another tenant’s data on %s', (kind) => {
  let server: TestServer;
  let demoTill: EnrollResponse;
  let otherTill: EnrollResponse;
  let other: Awaited<ReturnType<typeof createOtherTenant>>;
  beforeAll(async () => {
    server = await startTestServer(kind);
    other = await createOtherTenant(server.database.db, 'OTHERORG1');
    demoTill = await enrollTill(server);
    otherTill = await enrollTill(server, 'OTHERORG1');
  });
  afterAll(() => server.close());

  test('its pull holds none of the other tenant’s catalog, staff or channels', async () => {
    const res = await server.app.request('/api/v1/sync/pull?limit=5000', { headers: { authorization: `Bearer ${otherTill.deviceToken}` } });
    const page = pullResponseSchema.parse(await res.json());
    expect(page.changes.filter((c) => c.entity === 'product')).toEqual([]);
    expect(page.changes.filter((c) => c.entity === 'staff').map((c) => c.id)).toEqual([other.managerId]);
    expect(page.changes.filter((c) => c.entity === 'channel').map((c) => c.id)).toEqual([other.channelId]);
  });

  test('mutations naming the other tenant’s channel, products or tabs are rejected and change nothing', async () => {
    const demoTab = uuidv7();
    await push(server, demoTill, [envelope(1, 'tab.open', { tabId: demoTab, name: 'Demo tab', tableNo: '1' })]);
    const [product] = await server.database.db.select().from(products).limit(1);
    const asOther = (seq: number, name: string, args: unknown) => envelope(seq, name, args, other.managerId);
    const foreignSale = { ...saleArgs(demoTill, { offset: 300 }), channelId: demoTill.channelId, warehouseId: demoTill.warehouseId };
    const ownChannelForeignProducts = { ...saleArgs(demoTill, { offset: 303 }), channelId: other.channelId, warehouseId: other.warehouseId };
    const res = await push(server, otherTill, [
      asOther(1, 'sale.complete', foreignSale),
      asOther(2, 'sale.complete', ownChannelForeignProducts),
      asOther(3, 'product.update', { productId: product!.id, patch: { name: 'Stolen' } }),
      asOther(4, 'tab.addLine', { tabId: demoTab, lineId: uuidv7(), productId: product!.id, packId: product!.packs[0]!.id, qty: 1 }),
      envelope(5, 'tab.open', { tabId: uuidv7(), name: 'x', tableNo: null }),
    ]);
    expect(res.body).toMatchObject({
      lastSeq: 5,
      results: [
        { status: 'rejected', code: 'WRONG_CHANNEL' },
        { status: 'rejected', code: 'UNKNOWN_PRODUCT' },
        { status: 'rejected', code: 'UNKNOWN_RECORD' },
        { status: 'rejected', code: 'UNKNOWN_PRODUCT' },
        { status: 'rejected', code: 'UNKNOWN_ACTOR' },
      ],
    });
    const [unchanged] = await server.database.db.select().from(products).where(eq(products.id, product!.id));
    expect(unchanged!.name).toBe(product!.name);
    expect(await server.database.db.select().from(sales).where(eq(sales.deviceId, otherTill.deviceId))).toEqual([]);
    expect(await server.database.db.select().from(tabs).where(eq(tabs.tenantId, other.tenantId))).toEqual([]);
  });

  test('its token cannot push as, or resolve the rejections of, the other tenant’s till', async () => {
    const spoof = await postJson(server, '/api/v1/sync/push', { protocolVersion: 1, deviceId: demoTill.deviceId, mutations: [] }, otherTill.deviceToken);
    expect(spoof).toMatchObject({ status: 403, body: { error: { code: 'DEVICE_MISMATCH' } } });
    const demoRejected = envelope(2, 'sale.teleport', {});
    await push(server, demoTill, [demoRejected]);
    const res = await server.app.request('/api/v1/sync/rejections', { headers: { authorization: `Bearer ${otherTill.deviceToken}` } });
    const { rejections } = (await res.json()) as { rejections: { id: string }[] };
    expect(rejections.length).toBeGreaterThan(0);
    expect(rejections.map((r) => r.id)).not.toContain(demoRejected.id);
    // Resolving names only a seq, always of the calling till: seq 6 does not exist on it.
    const resolve = await postJson(server, '/api/v1/sync/rejections/resolve', { seq: 6, action: 'dismiss', actorId: other.managerId }, otherTill.deviceToken);
    expect(resolve).toMatchObject({ status: 404, body: { error: { code: 'REJECTION_NOT_FOUND' } } });
    const foreignActor = await postJson(server, '/api/v1/sync/rejections/resolve', { seq: 2, action: 'dismiss', actorId: other.managerId }, demoTill.deviceToken);
    expect(foreignActor).toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN' } } });
  });
});
