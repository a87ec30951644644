import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { MAX_PUSH_BATCH, overflowTabId, uuidv7, type EnrollResponse } from '@tillsafe/sync';
import { devices, mutationLog, sales, stockMovements, tabLines, tabs } from '../db/schema';
import { saleArgs } from '../testing/sale-args';
import { DRIVERS, enrollTill, envelope, postJson, push, startTestServer, type TestServer } from '../testing/test-server';

describe.each(DRIVERS)('sync push on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  const salesOf = async (till: EnrollResponse) => server.database.db.select().from(sales).where(eq(sales.deviceId, till.deviceId));

  test('three sales are applied once, re-pushing them answers duplicate and stores nothing more', async () => {
    const till = await enrollTill(server);
    const batch = [0, 3, 6].map((offset, i) => envelope(i + 1, 'sale.complete', saleArgs(till, { offset })));
    const first = await push(server, till, batch);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ lastSeq: 3, results: batch.map((m) => ({ id: m.id, seq: m.seq, status: 'applied' })) });
    const again = await push(server, till, batch);
    expect(again.body).toMatchObject({ lastSeq: 3, results: batch.map((m) => ({ seq: m.seq, status: 'duplicate' })) });
    const stored = await salesOf(till);
    expect(stored).toHaveLength(3);
    const [log] = await server.database.db.select({ n: sql<number>`count(*)::int` }).from(mutationLog).where(eq(mutationLog.deviceId, till.deviceId));
    expect(log!.n).toBe(3);
  });

  test('the server recomputes the total and flags a till total that differs', async () => {
    const till = await enrollTill(server);
    const args = saleArgs(till, { offset: 10, clientTotal: 1 });
    await push(server, till, [envelope(1, 'sale.complete', args)]);
    const [sale] = await salesOf(till);
    expect(sale!.total).toBe(saleArgs(till, { offset: 10 }).clientTotal);
    expect(sale!.flags).toEqual([expect.stringMatching(/^TOTAL_MISMATCH: till 1, server \d+$/)]);
  });

  test('stock moves by the units of each line, into the till’s warehouse', async () => {
    const till = await enrollTill(server);
    const args = saleArgs(till, { offset: 20, lines: 2 });
    args.lines[0]!.qty = 4;
    args.tenders[0]!.amount = 10_000_000;
    await push(server, till, [envelope(1, 'sale.complete', { ...args, clientTotal: -1 })]);
    const moves = await server.database.db.select().from(stockMovements).where(eq(stockMovements.refId, args.saleId));
    expect(moves.map((m) => [m.productId, m.delta, m.warehouseId]).sort()).toEqual(
      [
        [args.lines[0]!.productId, -4, till.warehouseId],
        [args.lines[1]!.productId, -1, till.warehouseId],
      ].sort(),
    );
  });

  test('a bad mutation is rejected and logged while the good ones of the batch are kept', async () => {
    const till = await enrollTill(server);
    const good1 = envelope(1, 'sale.complete', saleArgs(till, { offset: 30 }));
    const unknown = envelope(2, 'sale.teleport', { anything: true });
    const invalid = envelope(3, 'sale.complete', { saleId: 'not-a-uuid' });
    const good2 = envelope(4, 'sale.complete', saleArgs(till, { offset: 33 }));
    const res = await push(server, till, [good1, unknown, invalid, good2]);
    expect(res.body).toMatchObject({
      lastSeq: 4,
      results: [
        { seq: 1, status: 'applied' },
        { seq: 2, status: 'rejected', code: 'UNKNOWN_MUTATOR' },
        { seq: 3, status: 'rejected', code: 'VALIDATION_FAILED', message: expect.stringContaining('saleId') },
        { seq: 4, status: 'applied' },
      ],
    });
    expect(await salesOf(till)).toHaveLength(2);
    const rejected = await server.database.db.select().from(mutationLog).where(eq(mutationLog.status, 'rejected'));
    expect(rejected.filter((r) => r.deviceId === till.deviceId).map((r) => [r.seq, r.code, r.args])).toEqual([
      [2, 'UNKNOWN_MUTATOR', { anything: true }],
      [3, 'VALIDATION_FAILED', { saleId: 'not-a-uuid' }],
    ]);
  });

  test('a sale by someone who is not staff of the organisation is rejected, not lost', async () => {
    const till = await enrollTill(server);
    const res = await push(server, till, [envelope(1, 'sale.complete', saleArgs(till, { offset: 40 }), '01935f00-0000-7000-8000-00000000dead')]);
    expect(res.body).toMatchObject({ lastSeq: 1, results: [{ status: 'rejected', code: 'UNKNOWN_ACTOR' }] });
  });

  test('a line added to a tab the same batch closed lands on the new tab for that table, in the tab’s channel', async () => {
    const till = await enrollTill(server);
    const tabId = uuidv7();
    const lineId = uuidv7();
    const { productId, packId } = saleArgs(till, { offset: 90, lines: 1 }).lines[0]!;
    const res = await push(server, till, [
      envelope(1, 'tab.open', { tabId, name: 'Window', tableNo: '7' }),
      envelope(2, 'tab.close', { tabId, saleId: null }),
      envelope(3, 'tab.addLine', { tabId, lineId, productId, packId, qty: 2 }),
    ]);
    expect(res.body).toMatchObject({ lastSeq: 3, results: [{ status: 'applied' }, { status: 'applied' }, { status: 'merged', code: 'MOVED_TO_NEW_TAB' }] });
    const [line] = await server.database.db.select().from(tabLines).where(eq(tabLines.id, lineId));
    expect(line).toMatchObject({ tabId: overflowTabId(tabId), movedFrom: tabId, channelId: till.channelId, qty: 2 });
    const [opened] = await server.database.db.select().from(tabs).where(eq(tabs.id, overflowTabId(tabId)));
    expect(opened).toMatchObject({ status: 'open', tableNo: '7', channelId: till.channelId, movedFrom: tabId });
  });

  test('a gap in seq answers 409 SEQ_GAP with the expected seq and applies nothing', async () => {
    const till = await enrollTill(server);
    const res = await push(server, till, [envelope(2, 'sale.complete', saleArgs(till, { offset: 50 }))]);
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ error: { code: 'SEQ_GAP', expectedSeq: 1 } });
    expect(await salesOf(till)).toHaveLength(0);
  });

  test('a batch whose seqs are not contiguous is refused whole', async () => {
    const till = await enrollTill(server);
    const res = await push(server, till, [envelope(1, 'sale.complete', saleArgs(till, { offset: 60 })), envelope(3, 'sale.complete', saleArgs(till, { offset: 61 }))]);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { code: 'NON_CONTIGUOUS_BATCH' } });
    expect(await salesOf(till)).toHaveLength(0);
  });

  test('the same batch pushed twice at once is applied exactly once', async () => {
    const till = await enrollTill(server);
    const batch = [1, 2, 3, 4, 5].map((seq) => envelope(seq, 'sale.complete', saleArgs(till, { offset: 70 + seq * 3 })));
    const [a, b] = await Promise.all([push(server, till, batch), push(server, till, batch)]);
    const statuses = [a, b].map((r) => (r.body.results as { status: string }[]).map((x) => x.status).join(','));
    expect(statuses.sort()).toEqual(['applied,applied,applied,applied,applied', 'duplicate,duplicate,duplicate,duplicate,duplicate']);
    expect(await salesOf(till)).toHaveLength(5);
  });

  test('a missing, unknown, expired or revoked device token is refused with 401 and a code', async () => {
    const till = await enrollTill(server);
    const m = [envelope(1, 'sale.complete', saleArgs(till, { offset: 90 }))];
    const body = { protocolVersion: 1, deviceId: till.deviceId, mutations: m };
    expect((await postJson(server, '/api/v1/sync/push', body)).body).toMatchObject({ error: { code: 'UNAUTHORIZED' } });
    expect((await postJson(server, '/api/v1/sync/push', body, 'dt_forged')).status).toBe(401);
    await server.database.db.update(devices).set({ tokenExpiresAt: new Date(Date.now() - 1) }).where(eq(devices.id, till.deviceId));
    expect((await push(server, till, m)).body).toMatchObject({ error: { code: 'TOKEN_EXPIRED' } });
    await server.database.db.update(devices).set({ tokenExpiresAt: null, revokedAt: new Date() }).where(eq(devices.id, till.deviceId));
    const revoked = await push(server, till, m);
    expect(revoked).toMatchObject({ status: 401, body: { error: { code: 'DEVICE_REVOKED' } } });
    expect(await salesOf(till)).toHaveLength(0);
  });

  test('an old protocol, a device id that is not the token’s and an oversized batch are refused', async () => {
    const till = await enrollTill(server);
    const other = await enrollTill(server);
    const m = [envelope(1, 'sale.complete', saleArgs(till, { offset: 95 }))];
    expect(await push(server, till, m, 0)).toMatchObject({ status: 426, body: { error: { code: 'PROTOCOL_TOO_OLD' } } });
    expect(await push(server, till, m, -1)).toMatchObject({ status: 400, body: { error: { code: 'VALIDATION_FAILED' } } });
    expect(await push(server, till, m, 99)).toMatchObject({ status: 400, body: { error: { code: 'PROTOCOL_TOO_NEW' } } });
    const mismatch = await postJson(server, '/api/v1/sync/push', { protocolVersion: 1, deviceId: other.deviceId, mutations: m }, till.deviceToken);
    expect(mismatch).toMatchObject({ status: 403, body: { error: { code: 'DEVICE_MISMATCH' } } });
    const big = Array.from({ length: MAX_PUSH_BATCH + 1 }, (_, i) => envelope(i + 1, 'noop', {}));
    expect(await push(server, till, big)).toMatchObject({ status: 413, body: { error: { code: 'BATCH_TOO_LARGE' } } });
    expect(await salesOf(till)).toHaveLength(0);
  });
});
