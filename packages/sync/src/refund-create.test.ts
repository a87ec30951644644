import { describe, expect, test } from 'vitest';
import type { MemoryRecordStore } from './memory-store';
import { MutationRejected, type MutatorContext } from './mutator';
import { runMutation } from './mutators';
import { OverlayTx } from './overlay-tx';
import type { RefundCreateArgs } from './refund-create';
import type { SaleCompleteV2Args } from './sale-complete-v2';
import { manager, otherCashier, sellingStore, trade, v2Args, walkIn } from './selling-test-fixtures';
import type { StoredRefund } from './selling-records';
import { beer, channel, context, warehouseId, wine } from './test-fixtures';

async function run(store: MemoryRecordStore, name: string, args: unknown, ctx: MutatorContext = context()) {
  const tx = new OverlayTx(store);
  const outcome = await runMutation(tx, { name, args }, ctx);
  await tx.flush();
  return outcome;
}

const codeOf = (p: Promise<unknown>) => p.then(() => 'none', (e: unknown) => (e instanceof MutationRejected ? e.code : String(e)));
const lineId = '0190a0e0-0000-7000-8000-0000000021e2';
const card = { kind: 'card' as const, amount: 2320, last4: '4242', approvalCode: 'A1B2', terminalRef: 'T-9001' };
/** Two six-packs to the trade customer (23.20 with deposits), paid by card. */
const tradeSale = (overrides: Partial<SaleCompleteV2Args> = {}): SaleCompleteV2Args =>
  v2Args({ customerId: trade.id, lines: [{ lineId, productId: beer.id, packId: beer.packs[1]!.id, qty: 2, notes: '', manualDiscount: null }], payments: [card], clientTotal: 2320, ...overrides });

let n = 0;
const refund = (overrides: Partial<RefundCreateArgs> = {}): RefundCreateArgs => ({
  refundId: `0190a0e0-0000-7000-8000-0000000fe${(++n).toString(16).padStart(3, '0')}`,
  saleId: tradeSale().saleId,
  lines: [{ lineId, qty: 1, disposition: 'restock' }],
  to: 'original',
  withReceipt: true,
  refundedAt: '2026-11-21T10:00:00-05:00',
  ...overrides,
});
const refundOf = async (store: MemoryRecordStore, id: string) => (await store.selling.load('refund', [id])).get(id)?.data as StoredRefund;
const otherTill = context({ deviceId: '0190a0e0-0000-7000-8000-00000000e002', seq: 1 });

describe('refund.create', () => {
  test('refunds one of two six-packs with its deposits to the same card through its terminal reference, restocking six bottles', async () => {
    const store = sellingStore();
    await run(store, 'sale.complete', tradeSale());
    const args = refund();
    expect(await run(store, 'refund.create', args, context({ seq: 2 }))).toEqual({ status: 'applied' });
    const stored = await refundOf(store, args.refundId);
    expect(stored).toMatchObject({ saleId: tradeSale().saleId, total: 1160, withReceipt: true, channelId: channel.id, deviceId: context().deviceId });
    expect(stored.lines).toEqual([{ lineId, qty: 1, amount: 1160, disposition: 'restock' }]);
    expect(stored.tenders).toEqual([{ kind: 'card', amount: 1160, paymentIndex: 0, last4: '4242', terminalRef: 'T-9001' }]);
    expect(store.stockOf(warehouseId, beer.id)).toBe(-6);
  });

  test('the same refund pushed again counts once', async () => {
    const store = sellingStore();
    await run(store, 'sale.complete', tradeSale());
    const args = refund();
    await run(store, 'refund.create', args);
    expect(await run(store, 'refund.create', args, context({ seq: 3 }))).toMatchObject({ status: 'duplicate', code: 'ALREADY_EXISTS' });
    expect(store.stockOf(warehouseId, beer.id)).toBe(-6);
  });

  test('never more than was sold across every refund from any till: the second till is refused with REFUND_EXCEEDS_SOLD', async () => {
    const store = sellingStore();
    await run(store, 'sale.complete', tradeSale());
    await run(store, 'refund.create', refund({ lines: [{ lineId, qty: 2, disposition: 'restock' }] }));
    const second = refund();
    expect(await codeOf(run(store, 'refund.create', second, otherTill))).toBe('REFUND_EXCEEDS_SOLD');
    expect(await refundOf(store, second.refundId)).toBeUndefined();
    expect(store.stockOf(warehouseId, beer.id)).toBe(0);
    expect(await codeOf(run(store, 'refund.create', refund({ lines: [{ lineId: '0190a0e0-0000-7000-8000-0000000021ff', qty: 1, disposition: 'restock' }] })))).toBe('UNKNOWN_LINE');
    expect(await codeOf(run(store, 'refund.create', refund({ saleId: '0190a0e0-0000-7000-8000-0000000052ff' })))).toBe('UNKNOWN_RECORD');
  });

  test("without the receipt a cashier refunds with a manager's approval; an approver who may not, or nobody known, is refused", async () => {
    const store = sellingStore();
    await run(store, 'sale.complete', tradeSale());
    const approved = refund({ withReceipt: false, approverId: manager.id });
    expect(await run(store, 'refund.create', approved, context({ seq: 2 }))).toEqual({ status: 'applied' });
    expect(await refundOf(store, approved.refundId)).toMatchObject({ withReceipt: false, actorId: context().actorId });
    await expect(run(store, 'refund.create', refund({ withReceipt: false, approverId: otherCashier.id }), context({ seq: 3 }))).rejects.toThrow(
      'Casey (a cashier) may not approve a refund without the receipt.',
    );
    expect(await codeOf(run(store, 'refund.create', refund({ withReceipt: false, approverId: '0190a0e0-0000-7000-8000-000000000bad' }), context({ seq: 4 })))).toBe('UNKNOWN_ACTOR');
  });

  test('without the receipt only a manager may refund; a cashier is FORBIDDEN', async () => {
    const store = sellingStore();
    await run(store, 'sale.complete', tradeSale());
    expect(await codeOf(run(store, 'refund.create', refund({ withReceipt: false })))).toBe('FORBIDDEN');
    expect(await run(store, 'refund.create', refund({ withReceipt: false }), context({ actorRole: 'manager' }))).toEqual({ status: 'applied' });
    expect(await codeOf(run(store, 'refund.create', refund(), context({ actorRole: 'bartender' })))).toBe('FORBIDDEN');
  });

  test('written-off goods come back and go out again: the ledger says so and stock does not rise', async () => {
    const store = sellingStore();
    await run(store, 'sale.complete', tradeSale());
    const args = refund({ lines: [{ lineId, qty: 1, disposition: 'write_off' }] });
    await run(store, 'refund.create', args);
    const moves = [...store.ledger.values()].filter((m) => m.refId === args.refundId).map((m) => [m.reason, m.delta]);
    expect(moves).toEqual([
      ['refund', 6],
      ['write_off', -6],
    ]);
    expect(store.stockOf(warehouseId, beer.id)).toBe(-12);
  });

  test('the points a refunded part earned are taken back, all of them once the whole sale is refunded', async () => {
    const store = sellingStore();
    const sale = tradeSale({ customerId: walkIn.id, payments: [{ kind: 'cash', amount: 2980 }], clientTotal: 2978 });
    await run(store, 'sale.complete', sale);
    expect(store.pointsOf(walkIn.id)).toBe(28);
    await run(store, 'refund.create', refund());
    expect(store.pointsOf(walkIn.id)).toBe(14);
    await run(store, 'refund.create', refund(), otherTill);
    expect(store.pointsOf(walkIn.id)).toBe(0);
  });

  test('points a sale was paid with go back as points', async () => {
    const store = sellingStore();
    const sale = v2Args({ customerId: walkIn.id, payments: [{ kind: 'loyalty', points: 598, value: 598 }, { kind: 'cash', amount: 2000 }] });
    await run(store, 'sale.complete', sale);
    const balance = store.pointsOf(walkIn.id);
    await run(store, 'refund.create', refund({ saleId: sale.saleId, lines: [{ lineId: sale.lines[0]!.lineId, qty: 2, disposition: 'restock' }] }));
    // Refunds unwind the split tender from its last payment: cash 2000 back, then 598 points.
    expect(store.pointsOf(walkIn.id)).toBe(balance + 598 - 20);
  });

  test('a protocol-1 sale is refunded from its lines', async () => {
    const store = sellingStore();
    const v1 = {
      saleId: '0190a0e0-0000-7000-8000-0000000052b1',
      receiptNo: 'CC-1-000009',
      channelId: channel.id,
      warehouseId,
      lines: [{ lineId: '0190a0e0-0000-7000-8000-0000000021b1', productId: wine.id, packId: wine.packs[0]!.id, qty: 2 }],
      tenders: [{ kind: 'cash', amount: 3000 }],
      clientTotal: 2598,
      soldAt: '2026-11-20T10:00:00.000Z',
    };
    await run(store, 'sale.complete', v1);
    const args = refund({ saleId: v1.saleId, lines: [{ lineId: v1.lines[0]!.lineId, qty: 1, disposition: 'restock' }] });
    await run(store, 'refund.create', args);
    expect((await refundOf(store, args.refundId)).tenders).toEqual([{ kind: 'cash', amount: 1300, rounding: 1 }]);
    expect(store.stockOf(warehouseId, wine.id)).toBe(-1);
  });
});
