import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { saleLookupResponseSchema, uuidv7, type EnrollResponse, type RefundCreateArgs } from '@tillsafe/sync';
import { sales } from '../db/schema';
import { createOtherTenant } from '../testing/other-tenant';
import { saleV2Args, unrestricted } from '../testing/sale-v2-args';
import { DRIVERS, enrollTill, envelope, push, startTestServer, type TestServer } from '../testing/test-server';

describe.each(DRIVERS)('looking a sale up for a return on %s', (kind) => {
  let server: TestServer;
  let till: EnrollResponse;
  let otherTill: EnrollResponse;
  let other: Awaited<ReturnType<typeof createOtherTenant>>;
  const seqs = new Map<string, number>();
  /** The device's next seq. */
  const next = (from: EnrollResponse) => {
    const seq = (seqs.get(from.deviceId) ?? 0) + 1;
    seqs.set(from.deviceId, seq);
    return seq;
  };
  const ada = { id: uuidv7(), name: 'Ada', type: 'retail' as const, phone: null, email: null, notes: '' };
  beforeAll(async () => {
    server = await startTestServer(kind);
    other = await createOtherTenant(server.database.db, 'OTHERSALES');
    till = await enrollTill(server);
    otherTill = await enrollTill(server, 'OTHERSALES');
    expect((await push(server, till, [envelope(next(till), 'customer.upsert', { customer: ada })])).body).toMatchObject({ results: [{ status: 'applied' }] });
  });
  afterAll(() => server.close());

  const get = async (query: string, token = till.deviceToken) => {
    const res = await server.app.request(`/api/v1/sync/sales?${query}`, { headers: { authorization: `Bearer ${token}` } });
    return { status: res.status, body: await res.json() };
  };
  const sell = async (from: EnrollResponse, overrides: Parameters<typeof saleV2Args>[2] = {}) => {
    const args = saleV2Args(from, unrestricted.slice(3, 4), { lines: [{ ...saleV2Args(from, unrestricted.slice(3, 4)).lines[0]!, qty: 3 }], ...overrides });
    const again = saleV2Args(from, unrestricted.slice(3, 4), { ...overrides, lines: args.lines });
    const res = await push(server, from, [envelope(next(from), 'sale.complete', again)]);
    expect(res.body).toMatchObject({ results: [{ status: 'applied' }] });
    return again;
  };

  test('by the receipt barcode’s id or the receipt number: the sale with every refund of it', async () => {
    const sale = await sell(till);
    const refund: RefundCreateArgs = {
      refundId: uuidv7(),
      saleId: sale.saleId,
      lines: [{ lineId: sale.lines[0]!.lineId, qty: 1, disposition: 'restock' }],
      to: 'original',
      withReceipt: true,
      refundedAt: new Date().toISOString(),
    };
    expect((await push(server, till, [envelope(next(till), 'refund.create', refund)])).body).toMatchObject({ results: [{ status: 'applied' }] });

    const byId = await get(`id=${sale.saleId}`);
    expect(byId.status).toBe(200);
    const found = saleLookupResponseSchema.parse(byId.body);
    expect(found.sales.map((s) => [s.sale.id, s.sale.receiptNo, s.refunds.map((r) => r.id)])).toEqual([[sale.saleId, sale.receiptNo, [refund.refundId]]]);
    expect(found.sales[0]!.sale.priced?.lines[0]?.qty).toBe(3);
    const byNumber = saleLookupResponseSchema.parse((await get(`receiptNo=${sale.receiptNo.toLowerCase()}`)).body);
    expect(byNumber.sales.map((s) => s.sale.id)).toEqual([sale.saleId]);
  });

  test('by time range and customer: newest first, an empty list when there are none', async () => {
    const early = await sell(till, { soldAt: '2026-03-02T10:00:00.000Z', customerId: ada.id });
    const late = await sell(till, { soldAt: '2026-03-02T18:00:00.000Z' });
    const day = saleLookupResponseSchema.parse((await get('from=2026-03-02T00:00:00.000Z&to=2026-03-03T00:00:00.000Z')).body);
    expect(day.sales.map((s) => s.sale.id)).toEqual([late.saleId, early.saleId]);
    const theirs = saleLookupResponseSchema.parse((await get(`from=2026-03-02T00:00:00.000Z&to=2026-03-03T00:00:00.000Z&customerIds=${ada.id}`)).body);
    expect(theirs.sales.map((s) => s.sale.id)).toEqual([early.saleId]);
    const allOfAdas = saleLookupResponseSchema.parse((await get(`customerIds=${uuidv7()},${ada.id}`)).body);
    expect(allOfAdas.sales.map((s) => s.sale.id)).toEqual([early.saleId]);
    expect(await get('from=2027-01-01T00:00:00.000Z&to=2027-01-02T00:00:00.000Z')).toEqual({ status: 200, body: { sales: [] } });
  });

  test('another business’s sale is not found, by id or by number, and its own till cannot see this one’s', async () => {
    // The other business's own sale, as its till would have pushed it.
    const theirs = { saleId: uuidv7(), receiptNo: 'OS-01-000001' };
    await server.database.db.insert(sales).values({
      id: theirs.saleId,
      tenantId: other.tenantId,
      channelId: other.channelId,
      warehouseId: other.warehouseId,
      deviceId: otherTill.deviceId,
      actorId: other.managerId,
      receiptNo: theirs.receiptNo,
      currency: 'USD',
      lines: [],
      total: 1000,
      taxTotal: 0,
      tenders: [{ kind: 'cash', amount: 1000 }],
      change: 0,
      soldAt: new Date('2000-01-10T12:00:00.000Z'),
    });
    expect(saleLookupResponseSchema.parse((await get(`id=${theirs.saleId}`, otherTill.deviceToken)).body).sales).toHaveLength(1);
    expect(await get(`id=${theirs.saleId}`)).toMatchObject({ status: 404, body: { error: { code: 'SALE_NOT_FOUND' } } });
    expect(await get(`receiptNo=${theirs.receiptNo}`)).toMatchObject({ status: 404, body: { error: { code: 'SALE_NOT_FOUND', message: expect.stringMatching(/^No sale of this business has the receipt number/) } } });
    const ours = await sell(till);
    expect(await get(`id=${ours.saleId}`, otherTill.deviceToken)).toMatchObject({ status: 404, body: { error: { code: 'SALE_NOT_FOUND' } } });
    const range = saleLookupResponseSchema.parse((await get(`from=2000-01-01T00:00:00.000Z&to=2000-01-20T00:00:00.000Z`)).body);
    expect(range.sales).toEqual([]);
  });

  test('a question that is not one is refused with VALIDATION_FAILED and a sentence; without a device token, 401', async () => {
    for (const query of ['', `id=not-a-uuid`, 'receiptNo=rioja', 'from=2026-03-02T00:00:00.000Z', `id=${uuidv7()}&receiptNo=CC-01-000001`, 'from=2026-03-02T00:00:00.000Z&to=2026-05-02T00:00:00.000Z', 'customerIds=1,2']) {
      const res = await get(query);
      expect(res, query).toMatchObject({ status: 400, body: { error: { code: 'VALIDATION_FAILED', message: expect.stringMatching(/^The sale lookup is invalid \(.+\)\.$/) } } });
    }
    const anonymous = await server.app.request(`/api/v1/sync/sales?id=${uuidv7()}`);
    expect(anonymous.status).toBe(401);
  });
});
