import { describe, expect, test } from 'vitest';
import type { MemoryRecordStore } from './memory-store';
import { MutationRejected, type MutatorContext } from './mutator';
import { runMutation } from './mutators';
import { OverlayTx } from './overlay-tx';
import { manager, otherCashier, sellingStore } from './selling-test-fixtures';
import { beer, context, seededStore, warehouseId, wine } from './test-fixtures';

async function run(store: MemoryRecordStore, name: string, args: unknown, ctx: MutatorContext = context({ actorRole: 'manager' })) {
  const tx = new OverlayTx(store);
  const outcome = await runMutation(tx, { name, args }, ctx);
  await tx.flush();
  return outcome;
}

const codeOf = (p: Promise<unknown>) => p.then(() => 'none', (e: unknown) => (e instanceof MutationRejected ? e.code : 'other'));
const adjust = (delta: number, movementId = '0190a0e0-0000-7000-8000-0000000ad001') => ({ movementId, warehouseId, productId: beer.id, delta, note: 'recount' });
const eventOf = async (store: MemoryRecordStore, id: string) => (await store.load('cashEvent', [id])).get(id)?.data;

describe('stock.adjust', () => {
  test('adds one ledger entry; stock is the sum of the ledger, never overwritten', async () => {
    const store = seededStore();
    expect(await run(store, 'stock.adjust', adjust(24))).toEqual({ status: 'applied' });
    await run(store, 'stock.adjust', adjust(-3, '0190a0e0-0000-7000-8000-0000000ad002'));
    expect(store.stockOf(warehouseId, beer.id, 100)).toBe(121);
    expect(store.stockOf(warehouseId, wine.id, 100)).toBe(100);
    expect([...store.ledger.values()].map((m) => [m.reason, m.delta, m.refId])).toEqual([
      ['adjust', 24, '0190a0e0-0000-7000-8000-0000000ad001'],
      ['adjust', -3, '0190a0e0-0000-7000-8000-0000000ad002'],
    ]);
  });

  test('the same adjustment applied again (a till rebasing it) counts once', async () => {
    const store = seededStore();
    await run(store, 'stock.adjust', adjust(24));
    await run(store, 'stock.adjust', adjust(24));
    expect(store.stockOf(warehouseId, beer.id)).toBe(24);
  });

  test('adjustments from many tills add up exactly, in any order', async () => {
    const deltas = [5, -2, 12, -7, 1];
    const totals = [];
    for (const order of [deltas, [...deltas].reverse()]) {
      const store = seededStore();
      for (const delta of order) await run(store, 'stock.adjust', adjust(delta, `0190a0e0-0000-7000-8000-0000000ad0${(delta + 50).toString().padStart(2, '0')}`));
      totals.push(store.stockOf(warehouseId, beer.id));
    }
    expect(totals).toEqual([9, 9]);
  });

  test('needs the stock.adjust capability, its own warehouse, a known product and a real change', async () => {
    const store = seededStore();
    expect(await codeOf(run(store, 'stock.adjust', adjust(1), context({ actorRole: 'cashier' })))).toBe('FORBIDDEN');
    expect(await codeOf(run(store, 'stock.adjust', { ...adjust(1), warehouseId: '0190a0e0-0000-7000-8000-00000000d002' }))).toBe('WRONG_CHANNEL');
    expect(await codeOf(run(store, 'stock.adjust', { ...adjust(1), productId: '0190a0e0-0000-7000-8000-000000000bad' }))).toBe('UNKNOWN_PRODUCT');
    expect(await codeOf(run(store, 'stock.adjust', adjust(0)))).toBe('VALIDATION_FAILED');
    expect(store.ledger.size).toBe(0);
  });
});

describe('cash.event', () => {
  const eventId = '0190a0e0-0000-7000-8000-0000000ca5e1';

  test('records a pay-out once, idempotent by id, without touching stock', async () => {
    const store = seededStore();
    const args = { eventId, kind: 'pay_out', amount: 1500, note: 'ice' };
    expect(await run(store, 'cash.event', args, context())).toEqual({ status: 'applied' });
    expect(await run(store, 'cash.event', args, context({ seq: 2 }))).toMatchObject({ status: 'duplicate', code: 'ALREADY_EXISTS' });
    expect(await eventOf(store, eventId)).toMatchObject({ kind: 'pay_out', amount: 1500, deviceId: context().deviceId, at: context().now });
    expect(store.ledger.size).toBe(0);
  });

  test('a no-sale drawer opening needs its own capability and is recorded with no amount', async () => {
    const store = seededStore();
    const args = { eventId, kind: 'no_sale', amount: 700 };
    expect(await codeOf(run(store, 'cash.event', args, context({ actorRole: 'cashier' })))).toBe('FORBIDDEN');
    expect(await eventOf(store, eventId)).toBeUndefined();
    await run(store, 'cash.event', args, context({ actorRole: 'manager' }));
    expect(await eventOf(store, eventId)).toMatchObject({ kind: 'no_sale', amount: 0, note: '' });
  });

  test("a cashier's no-sale with a manager's approval is recorded with the approver", async () => {
    const store = sellingStore();
    const args = { eventId, kind: 'no_sale', amount: 0, note: 'change', approverId: manager.id };
    expect(await run(store, 'cash.event', args, context({ actorRole: 'cashier' }))).toEqual({ status: 'applied' });
    expect(await eventOf(store, eventId)).toMatchObject({ kind: 'no_sale', actorId: context().actorId, approverId: manager.id });
  });

  test('a no-sale approved by someone who may not approve it, or by nobody known, is refused and not recorded', async () => {
    const store = sellingStore();
    const byCashier = { eventId, kind: 'no_sale', amount: 0, approverId: otherCashier.id };
    await expect(run(store, 'cash.event', byCashier, context({ actorRole: 'cashier' }))).rejects.toThrow('Casey (a cashier) may not approve opening the drawer without a sale.');
    const byStranger = { ...byCashier, approverId: '0190a0e0-0000-7000-8000-000000000bad' };
    expect(await codeOf(run(store, 'cash.event', byStranger, context({ actorRole: 'cashier' })))).toBe('UNKNOWN_ACTOR');
    // A driver may not handle cash at all, approved or not.
    expect(await codeOf(run(store, 'cash.event', { ...byCashier, approverId: manager.id }, context({ actorRole: 'driver' })))).toBe('FORBIDDEN');
    expect(await eventOf(store, eventId)).toBeUndefined();
  });

  test('a cash event from a till older than approvals records no approver', async () => {
    const store = seededStore();
    await run(store, 'cash.event', { eventId, kind: 'pay_in', amount: 100 }, context());
    expect(await eventOf(store, eventId)).toMatchObject({ approverId: null });
  });

  test('a negative amount is invalid', async () => {
    expect(await codeOf(run(seededStore(), 'cash.event', { eventId, kind: 'pay_in', amount: -1 }, context()))).toBe('VALIDATION_FAILED');
  });
});
