import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { DEMO } from '../seed/demo-organisation';
import { mutationLog, products, sales } from '../db/schema';
import { saleArgs } from '../testing/sale-args';
import { CASHIER_ID, DRIVERS, enrollTill, envelope, postJson, push, startTestServer, type TestServer } from '../testing/test-server';

const MANAGER_ID = DEMO.staff.find((s) => s.role === 'manager')!.id;

describe.each(DRIVERS)('rejected mutations on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  async function list(token: string) {
    const res = await server.app.request('/api/v1/sync/rejections', { headers: { authorization: `Bearer ${token}` } });
    return (await res.json()) as { rejections: { seq: number; code: string; name: string }[] };
  }

  test('a rejected mutation stays listed until a manager replays it with their approval; a refused replay leaves it open', async () => {
    const till = await enrollTill(server);
    const [product] = await server.database.db.select().from(products).limit(1);
    const update = envelope(1, 'product.update', { productId: product!.id, patch: { name: 'Renamed by the cashier' } });
    expect((await push(server, till, [update])).body).toMatchObject({ results: [{ status: 'rejected', code: 'FORBIDDEN' }] });
    expect((await list(till.deviceToken)).rejections).toEqual([expect.objectContaining({ seq: 1, code: 'FORBIDDEN', name: 'product.update' })]);

    const byCashier = await postJson(server, '/api/v1/sync/rejections/resolve', { seq: 1, action: 'replay', actorId: CASHIER_ID }, till.deviceToken);
    expect(byCashier.body).toMatchObject({ status: 'rejected', code: 'FORBIDDEN' });
    expect((await list(till.deviceToken)).rejections).toHaveLength(1);
    const byManager = await postJson(server, '/api/v1/sync/rejections/resolve', { seq: 1, action: 'replay', actorId: MANAGER_ID }, till.deviceToken);
    expect(byManager.body).toMatchObject({ status: 'applied' });
    const [renamed] = await server.database.db.select().from(products).where(eq(products.id, product!.id));
    expect(renamed!.name).toBe('Renamed by the cashier');
    expect((await list(till.deviceToken)).rejections).toEqual([]);
    const twice = await postJson(server, '/api/v1/sync/rejections/resolve', { seq: 1, action: 'replay', actorId: MANAGER_ID }, till.deviceToken);
    expect(twice).toMatchObject({ status: 409, body: { error: { code: 'ALREADY_RESOLVED' } } });
  });

  test('a manager replays a corrected sale, and the log keeps the original untouched', async () => {
    const till = await enrollTill(server);
    const bad = { ...saleArgs(till, { offset: 200 }), lines: [] };
    await push(server, till, [envelope(1, 'sale.complete', bad)]);
    const fixed = saleArgs(till, { offset: 200 });
    const res = await postJson(server, '/api/v1/sync/rejections/resolve', { seq: 1, action: 'replay', actorId: MANAGER_ID, args: fixed }, till.deviceToken);
    expect(res).toMatchObject({ status: 200, body: { seq: 1, action: 'replay', status: 'applied' } });
    expect(await server.database.db.select().from(sales).where(eq(sales.id, fixed.saleId))).toHaveLength(1);
    const [log] = await server.database.db.select().from(mutationLog).where(and(eq(mutationLog.deviceId, till.deviceId), eq(mutationLog.seq, 1)));
    expect(log).toMatchObject({ status: 'rejected', code: 'VALIDATION_FAILED', args: bad });
  });

  test('only a manager may dismiss; a mutation that was applied cannot be resolved', async () => {
    const till = await enrollTill(server);
    await push(server, till, [envelope(1, 'sale.teleport', {}), envelope(2, 'sale.complete', saleArgs(till, { offset: 210 }))]);
    const cashier = await postJson(server, '/api/v1/sync/rejections/resolve', { seq: 1, action: 'dismiss', actorId: CASHIER_ID }, till.deviceToken);
    expect(cashier).toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN' } } });
    const manager = await postJson(server, '/api/v1/sync/rejections/resolve', { seq: 1, action: 'dismiss', actorId: MANAGER_ID }, till.deviceToken);
    expect(manager.body).toMatchObject({ status: 'dismissed' });
    const applied = await postJson(server, '/api/v1/sync/rejections/resolve', { seq: 2, action: 'dismiss', actorId: MANAGER_ID }, till.deviceToken);
    expect(applied).toMatchObject({ status: 409, body: { error: { code: 'NOT_REJECTED' } } });
    const missing = await postJson(server, '/api/v1/sync/rejections/resolve', { seq: 99, action: 'dismiss', actorId: MANAGER_ID }, till.deviceToken);
    expect(missing).toMatchObject({ status: 404, body: { error: { code: 'REJECTION_NOT_FOUND' } } });
  });

  test('another till cannot see or resolve this till’s rejections', async () => {
    const till = await enrollTill(server);
    const other = await enrollTill(server);
    await push(server, till, [envelope(1, 'sale.teleport', {})]);
    expect((await list(other.deviceToken)).rejections).toEqual([]);
    const res = await postJson(server, '/api/v1/sync/rejections/resolve', { seq: 1, action: 'dismiss', actorId: MANAGER_ID }, other.deviceToken);
    expect(res).toMatchObject({ status: 404, body: { error: { code: 'REJECTION_NOT_FOUND' } } });
  });
});
