import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { pullResponseSchema, pullResponseV2Schema, uuidv7, type ChangeV2, type EnrollResponse, sellingSettingsRecordSchema, type RefundCreateArgs, type SellingSettingsRecord } from '@tillsafe/sync';
import { cashEvents, mutationLog, sales, stockMovements } from '../db/schema';
import { loyaltyLedger, refunds, salePayments } from '../db/selling-schema';
import { DEMO } from '../seed/demo-organisation';
import { runPrepared } from '../sync/bulk-write';
import { saveSellingRules } from '../sync/selling-rules';
import { saleArgs } from '../testing/sale-args';
import { restricted, saleV2Args, unrestricted } from '../testing/sale-v2-args';
import { DRIVERS, enrollTill, envelope, push, startTestServer, type TestServer } from '../testing/test-server';

const MANAGER_ID = DEMO.staff.find((s) => s.role === 'manager')!.id;
const BARTENDER_ID = DEMO.staff.find((s) => s.role === 'bartender')!.id;
/** The store's quick-key pad: a case of the first drink with more than one pack, then two bottles. */
const multiPack = restricted.find((p) => p.packs.length > 1)!;
const quickKeys = [
  { productId: multiPack.id, packId: multiPack.packs.at(-1)!.id },
  { productId: unrestricted[0]!.id, packId: null },
  { productId: restricted[0]!.id, packId: null },
];

describe.each(DRIVERS)('selling through sync push on %s', (kind) => {
  let server: TestServer;
  let seqs: Map<string, number>;
  beforeAll(async () => {
    server = await startTestServer(kind);
    seqs = new Map();
    const settings: SellingSettingsRecord = {
      id: DEMO.store.channel.id,
      pricing: { rounding: 'half-even', taxRounding: 'line' },
      cashRounding: null,
      minimumAge: 21,
      loyalty: { earn: { points: 1, perMinorUnits: 100 }, pointValue: { points: 1, value: 1 }, tiers: [], offlineRedemptionLimit: 5000 },
      quickKeys,
    };
    await saveSellingRules(server.database.db, DEMO.tenant.id, { settings: [settings] });
  });
  afterAll(() => server.close());

  /** Pushes mutations from a till, numbering them after its earlier ones. */
  async function send(till: EnrollResponse, ...mutations: { name: string; args: unknown; actorId?: string }[]) {
    const first = (seqs.get(till.deviceId) ?? 0) + 1;
    seqs.set(till.deviceId, first + mutations.length - 1);
    const res = await push(server, till, mutations.map((m, i) => envelope(first + i, m.name, m.args, m.actorId)));
    expect(res.status).toBe(200);
    return (res.body as { results: { status: string; code?: string }[] }).results;
  }
  const saleRow = async (id: string) => (await server.database.db.select().from(sales).where(eq(sales.id, id)))[0];
  const refund = (saleId: string, lineId: string, qty: number, withReceipt = true): RefundCreateArgs => ({
    refundId: uuidv7(),
    saleId,
    lines: [{ lineId, qty, disposition: 'restock' }],
    to: 'original',
    withReceipt,
    refundedAt: new Date().toISOString(),
  });

  test('protocol-1 args are still accepted beside protocol-2 ones', async () => {
    const till = await enrollTill(server);
    const v1 = saleArgs(till, { offset: 40 });
    const v2 = saleV2Args(till, unrestricted.slice(0, 2));
    expect(await send(till, { name: 'sale.complete', args: v1 }, { name: 'sale.complete', args: v2 })).toEqual([{ id: expect.any(String), seq: 1, status: 'applied' }, expect.objectContaining({ status: 'applied' })]);
    const [old, now] = [await saleRow(v1.saleId), await saleRow(v2.saleId)];
    expect(old).toMatchObject({ total: v1.clientTotal, flags: [], priced: null, payments: null });
    expect(now).toMatchObject({ total: v2.clientTotal, flags: [], payments: v2.payments });
    expect(now?.priced?.lines).toHaveLength(2);
  });

  test('a protocol-1 pull reads a protocol-2 sale and never sees selling records; a protocol-2 pull brings them', async () => {
    const till = await enrollTill(server);
    const v2 = saleV2Args(till, unrestricted.slice(2, 3));
    await send(till, { name: 'sale.complete', args: v2 });
    const pullAll = async (version: string) => {
      const changes: ChangeV2[] = [];
      for (let cursor = ''; ; ) {
        const res = await server.app.request(`/api/v1/sync/pull?limit=5000${cursor ? `&cursor=${cursor}` : ''}${version}`, { headers: { authorization: `Bearer ${till.deviceToken}` } });
        const page = (version ? pullResponseV2Schema : pullResponseSchema).parse(await res.json());
        changes.push(...page.changes);
        cursor = page.cursor;
        if (!page.hasMore) return changes;
      }
    };
    const v1Changes = await pullAll('');
    expect(v1Changes.find((c) => c.entity === 'sale' && c.id === v2.saleId)).toBeDefined();
    expect(v1Changes.filter((c) => (c.entity as string) === 'sellingSettings')).toEqual([]);
    const v2Changes = await pullAll('&protocolVersion=2');
    const settings = v2Changes.filter((c) => c.entity === 'sellingSettings');
    expect(settings.map((c) => c.id)).toEqual([DEMO.store.channel.id]);
    expect(sellingSettingsRecordSchema.parse(settings[0]?.data).quickKeys).toEqual(quickKeys);
    expect(v2Changes.length).toBeGreaterThan(v1Changes.length);
  });

  test('the server re-prices a protocol-2 sale and flags a till total that differs', async () => {
    const till = await enrollTill(server);
    const args = saleV2Args(till, unrestricted.slice(3, 5));
    const wrong = { ...args, clientTotal: args.clientTotal - 100, payments: [{ kind: 'cash' as const, amount: args.clientTotal - 100 }] };
    expect(await send(till, { name: 'sale.complete', args: wrong })).toEqual([expect.objectContaining({ status: 'applied' })]);
    const row = await saleRow(args.saleId);
    expect(row?.total).toBe(args.clientTotal);
    expect(row?.flags).toEqual([`TOTAL_MISMATCH: till ${args.clientTotal - 100}, server ${args.clientTotal}`, expect.stringMatching(/^UNDERPAID: /)]);
  });

  test('payments, stock by pack units and loyalty points are written with the sale', async () => {
    const till = await enrollTill(server);
    const customer = { id: uuidv7(), name: 'Ada', type: 'retail' as const, phone: null, email: null, notes: '' };
    const base = saleV2Args(till, unrestricted.slice(5, 6));
    const card = { kind: 'card' as const, amount: base.clientTotal - 100, last4: '4242', approvalCode: 'OK1', terminalRef: 'TRM-1' };
    const args = { ...base, customerId: customer.id, payments: [card, { kind: 'cash' as const, amount: 500 }] };
    expect(await send(till, { name: 'customer.upsert', args: { customer } }, { name: 'sale.complete', args })).toEqual([
      expect.objectContaining({ status: 'applied' }),
      expect.objectContaining({ status: 'applied' }),
    ]);
    const payments = await server.database.db.select().from(salePayments).where(eq(salePayments.saleId, args.saleId)).orderBy(salePayments.idx);
    expect(payments.map((p) => [p.idx, p.kind, p.amount])).toEqual([
      [0, 'card', card.amount],
      [1, 'cash', 500],
    ]);
    expect((await saleRow(args.saleId))?.change).toBe(400);
    const moves = await server.database.db.select().from(stockMovements).where(eq(stockMovements.refId, args.saleId));
    expect(moves.map((m) => m.delta)).toEqual([-unrestricted[5]!.packs[0]!.units]);
    const points = await server.database.db.select().from(loyaltyLedger).where(eq(loyaltyLedger.customerId, customer.id));
    expect(points.map((p) => [p.kind, p.points])).toEqual([['earn', Math.floor(base.clientTotal / 100)]]);
  });

  test('an age-restricted sale without an age check is rejected with a code, and kept', async () => {
    const till = await enrollTill(server);
    const args = { ...saleV2Args(till, restricted.slice(0, 1)), ageCheck: null };
    expect(await send(till, { name: 'sale.complete', args })).toEqual([expect.objectContaining({ status: 'rejected', code: 'AGE_CHECK_REQUIRED' })]);
    expect(await saleRow(args.saleId)).toBeUndefined();
    const [logged] = await server.database.db.select().from(mutationLog).where(and(eq(mutationLog.deviceId, till.deviceId), eq(mutationLog.seq, 1)));
    expect(logged).toMatchObject({ status: 'rejected', code: 'AGE_CHECK_REQUIRED', args: JSON.parse(JSON.stringify(args)) as unknown });
  });

  test("a discount beyond the cashier's limit is rejected without an approver and applied with a manager's", async () => {
    const till = await enrollTill(server);
    const plain = saleV2Args(till, unrestricted.slice(6, 7));
    const lines = plain.lines.map((l) => ({ ...l, manualDiscount: { kind: 'percent' as const, bp: 2500, reason: 'dented can' } }));
    const args = saleV2Args(till, unrestricted.slice(6, 7), { lines, saleId: plain.saleId });
    expect(await send(till, { name: 'sale.complete', args })).toEqual([expect.objectContaining({ status: 'rejected', code: 'DISCOUNT_OVER_LIMIT' })]);
    expect(await send(till, { name: 'sale.complete', args: { ...args, approverId: BARTENDER_ID } })).toEqual([expect.objectContaining({ status: 'rejected', code: 'FORBIDDEN' })]);
    expect(await send(till, { name: 'sale.complete', args: { ...args, approverId: MANAGER_ID } })).toEqual([expect.objectContaining({ status: 'applied' })]);
    const row = await saleRow(args.saleId);
    expect(row).toMatchObject({ approverId: MANAGER_ID, total: args.clientTotal, flags: [] });
    expect(row?.priced?.lines[0]?.adjustments).toEqual([expect.objectContaining({ kind: 'manual-line', approvedBy: MANAGER_ID })]);
  });

  test("a cashier's no-sale is refused alone and by a bartender's approval, and stored with a manager's", async () => {
    const till = await enrollTill(server);
    const noSale = { eventId: uuidv7(), kind: 'no_sale', amount: 0, note: 'change for a 50' };
    expect(await send(till, { name: 'cash.event', args: noSale })).toEqual([expect.objectContaining({ status: 'rejected', code: 'FORBIDDEN' })]);
    expect(await send(till, { name: 'cash.event', args: { ...noSale, approverId: BARTENDER_ID } })).toEqual([expect.objectContaining({ status: 'rejected', code: 'FORBIDDEN' })]);
    expect(await send(till, { name: 'cash.event', args: { ...noSale, approverId: MANAGER_ID } })).toEqual([expect.objectContaining({ status: 'applied' })]);
    const [row] = await server.database.db.select().from(cashEvents).where(eq(cashEvents.id, noSale.eventId));
    expect(row).toMatchObject({ kind: 'no_sale', approverId: MANAGER_ID, deviceId: till.deviceId });
  });

  test('refunds of one sale from two tills never take back more than was sold: the second is rejected with a code and kept', async () => {
    const seller = await enrollTill(server);
    const other = await enrollTill(server);
    const line = { ...saleV2Args(seller, unrestricted.slice(7, 8)).lines[0]!, qty: 2 };
    const sale = saleV2Args(seller, unrestricted.slice(7, 8), { lines: [line] });
    expect(await send(seller, { name: 'sale.complete', args: sale })).toEqual([expect.objectContaining({ status: 'applied' })]);
    const first = refund(sale.saleId, line.lineId, 2);
    const second = refund(sale.saleId, line.lineId, 1);
    expect(await send(seller, { name: 'refund.create', args: first })).toEqual([expect.objectContaining({ status: 'applied' })]);
    expect(await send(other, { name: 'refund.create', args: second })).toEqual([expect.objectContaining({ status: 'rejected', code: 'REFUND_EXCEEDS_SOLD' })]);
    const stored = await server.database.db.select().from(refunds).where(eq(refunds.saleId, sale.saleId));
    expect(stored.map((r) => r.id)).toEqual([first.refundId]);
    const [kept] = await server.database.db.select().from(mutationLog).where(eq(mutationLog.deviceId, other.deviceId));
    expect(kept).toMatchObject({ name: 'refund.create', status: 'rejected', code: 'REFUND_EXCEEDS_SOLD' });
    const moves = await server.database.db.select().from(stockMovements).where(eq(stockMovements.productId, line.productId));
    expect(moves.filter((m) => m.refId === sale.saleId || m.refId === first.refundId).reduce((sum, m) => sum + m.delta, 0)).toBe(0);
  });

  test('a cashier refunding without the receipt is FORBIDDEN; a manager may', async () => {
    const till = await enrollTill(server);
    const sale = saleV2Args(till, unrestricted.slice(10, 11));
    await send(till, { name: 'sale.complete', args: sale });
    const args = refund(sale.saleId, sale.lines[0]!.lineId, 1, false);
    expect(await send(till, { name: 'refund.create', args })).toEqual([expect.objectContaining({ status: 'rejected', code: 'FORBIDDEN' })]);
    expect(await send(till, { name: 'refund.create', args, actorId: MANAGER_ID })).toEqual([expect.objectContaining({ status: 'applied' })]);
  });
});

describe('refunds of one sale from two tills on postgres', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('postgres');
  });
  afterAll(() => server.close());

  test('a refund waits for another refund of the same sale still being written, then counts it', async () => {
    const { db } = server.database;
    const [seller, other] = [await enrollTill(server), await enrollTill(server)];
    const sale = saleV2Args(seller, unrestricted.slice(12, 13));
    const line = sale.lines[0]!;
    await push(server, seller, [envelope(1, 'sale.complete', sale)]);
    // Another till's refund of the bottle, mid-transaction: it holds the sale row as a push does.
    let locked!: () => void;
    let finish!: () => void;
    const holding = new Promise<void>((resolve) => (locked = resolve));
    const gate = new Promise<void>((resolve) => (finish = resolve));
    const first = db.transaction(async (tx) => {
      await tx.select({ id: sales.id }).from(sales).where(eq(sales.id, sale.saleId)).for('update');
      locked();
      await gate;
      await tx.insert(refunds).values({
        id: uuidv7(),
        tenantId: DEMO.tenant.id,
        saleId: sale.saleId,
        channelId: seller.channelId,
        deviceId: seller.deviceId,
        actorId: MANAGER_ID,
        lines: [{ lineId: line.lineId, qty: 1, amount: sale.clientTotal, disposition: 'restock' }],
        tenders: [{ kind: 'cash', amount: sale.clientTotal, rounding: 0 }],
        total: sale.clientTotal,
        withReceipt: true,
        at: new Date().toISOString(),
      });
    });
    await holding;
    const secondPush = { settled: false };
    const second = push(server, other, [envelope(1, 'refund.create', { refundId: uuidv7(), saleId: sale.saleId, lines: [{ lineId: line.lineId, qty: 1, disposition: 'restock' }], to: 'original', withReceipt: true, refundedAt: new Date().toISOString() })]).finally(() => {
      secondPush.settled = true;
    });
    // Until the second push either finished or is queued behind the lock.
    for (;;) {
      if (secondPush.settled) break;
      const [waiting] = await runPrepared(db, `select count(*)::int from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`, []);
      if (Number(waiting?.[0] ?? 0) > 0) break;
      await new Promise((resolve) => setImmediate(resolve));
    }
    finish();
    await first;
    expect((await second).body).toMatchObject({ results: [{ status: 'rejected', code: 'REFUND_EXCEEDS_SOLD' }] });
    expect(await db.select().from(refunds).where(eq(refunds.saleId, sale.saleId))).toHaveLength(1);
  });
});
