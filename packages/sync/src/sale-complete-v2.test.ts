import { describe, expect, test } from 'vitest';
import type { MemoryRecordStore } from './memory-store';
import { MutationRejected, type MutatorContext } from './mutator';
import { runMutation } from './mutators';
import { OverlayTx } from './overlay-tx';
import type { SaleRecord } from './records';
import type { SaleCompleteV2Args } from './sale-complete-v2';
import { manager, otherCashier, sellingStore, trade, v2Args, walkIn } from './selling-test-fixtures';
import { beer, context, warehouseId, wine } from './test-fixtures';

async function run(store: MemoryRecordStore, args: unknown, ctx: MutatorContext = context()) {
  const tx = new OverlayTx(store);
  const outcome = await runMutation(tx, { name: 'sale.complete', args }, ctx);
  await tx.flush();
  return outcome;
}

const codeOf = (p: Promise<unknown>) => p.then(() => 'none', (e: unknown) => (e instanceof MutationRejected ? e.code : String(e)));
const saleOf = async (store: MemoryRecordStore, id = v2Args().saleId) => (await store.load('sale', [id])).get(id)?.data as SaleRecord;
const sixPacks = (qty: number): SaleCompleteV2Args['lines'] => [{ lineId: '0190a0e0-0000-7000-8000-0000000021e2', productId: beer.id, packId: beer.packs[1]!.id, qty, notes: 'cold', manualDiscount: null }];

describe('sale.complete v2', () => {
  test('a trade customer pays the wholesale list, tax added on top, with bottle deposits as sub-lines', async () => {
    const store = sellingStore();
    const args = v2Args({ customerId: trade.id, lines: sixPacks(2), payments: [{ kind: 'cash', amount: 2320 }], clientTotal: 2320 });
    expect(await run(store, args)).toEqual({ status: 'applied' });
    const sale = await saleOf(store);
    // 2 × 10.00 (trade list) + 10 % tax + 12 bottles × 0.10 deposit.
    expect(sale.total).toBe(2320);
    expect(sale.flags).toEqual([]);
    expect(sale.lines).toEqual([expect.objectContaining({ unitPrice: 1000, lineTotal: 2200, tax: 200, units: 12, notes: 'cold' })]);
    expect(sale.priced?.deposits).toEqual([expect.objectContaining({ qty: 12, amount: 120, total: 120 })]);
    expect(sale.priced?.lines[0]?.priceListId).toBe('0190a0e0-0000-7000-8000-0000000071a1');
    expect(sale.tenders).toEqual([{ kind: 'cash', amount: 2320 }]);
    expect(store.stockOf(warehouseId, beer.id)).toBe(-12);
  });

  test('a till total that differs is flagged and the sale kept at the server price', async () => {
    const store = sellingStore();
    await run(store, v2Args({ clientTotal: 2500, payments: [{ kind: 'cash', amount: 2500 }] }));
    const sale = await saleOf(store);
    expect(sale.total).toBe(2598);
    expect(sale.flags).toEqual(['TOTAL_MISMATCH: till 2500, server 2598', expect.stringMatching(/^UNDERPAID: /)]);
  });

  test("the till's optimistic run makes the very sale the server makes", async () => {
    const till = sellingStore();
    const server = sellingStore();
    const args = v2Args({ customerId: walkIn.id, lines: sixPacks(1), payments: [{ kind: 'cash', amount: 1500 }], clientTotal: 1489 });
    expect(await run(till, args, context({ side: 'till' }))).toEqual({ status: 'applied' });
    await run(server, args);
    expect(await saleOf(till)).toEqual(await saleOf(server));
    expect((await saleOf(till)).loyaltyEarned).toBe(14);
    // The points themselves are the server's to write; the till pulls them.
    expect(till.snapshot(['loyaltyEntry'])).toEqual({});
    expect(server.pointsOf(walkIn.id)).toBe(14);
    expect(till.stockOf(warehouseId, beer.id)).toBe(server.stockOf(warehouseId, beer.id));
  });

  test('a split tender: the card pays exactly, cash pays the rest rounded to the nickel and gives the change', async () => {
    const store = sellingStore();
    const card = { kind: 'card' as const, amount: 1000, last4: '4242', approvalCode: 'A1B2', terminalRef: 'T-9001' };
    await run(store, v2Args({ payments: [{ kind: 'cash', amount: 2000 }, card] }));
    const sale = await saleOf(store);
    expect(sale.settlement).toEqual({ total: 2598, nonCash: 1000, cashDue: 1600, cashRounding: 2, cashTendered: 2000, change: 400 });
    expect(sale.payments).toEqual([{ kind: 'cash', amount: 2000 }, card]);
    expect(sale.tenders).toEqual([{ kind: 'cash', amount: 2000 }]);
  });

  test("a card paying more than the till's own total is refused: only cash gives change", async () => {
    const store = sellingStore();
    const card = { kind: 'card' as const, amount: 3000, last4: '4242', approvalCode: 'A1B2', terminalRef: 'T-9001' };
    expect(await codeOf(run(store, v2Args({ payments: [card] })))).toBe('OVERPAID_NON_CASH');
    expect(await saleOf(store)).toBeUndefined();
    expect(store.ledger.size).toBe(0);
  });

  test('an age-restricted sale needs a passing check: none, or an under-age date of birth, is refused', async () => {
    const store = sellingStore();
    expect(await codeOf(run(store, v2Args({ ageCheck: null })))).toBe('AGE_CHECK_REQUIRED');
    const young = { method: 'dob_entered' as const, dateOfBirth: '2006-11-21', verifiedBy: manager.id, at: '2026-11-20T18:00:00-05:00' };
    expect(await codeOf(run(store, v2Args({ ageCheck: young })))).toBe('UNDER_AGE');
    expect(await run(store, v2Args({ ageCheck: { ...young, dateOfBirth: '2005-11-20' } }))).toEqual({ status: 'applied' });
  });

  test("a discount beyond the cashier's limit needs a manager's approval, recorded on the sale", async () => {
    const store = sellingStore();
    const discounted = v2Args().lines.map((l) => ({ ...l, manualDiscount: { kind: 'percent' as const, bp: 2000, reason: 'damaged label' } }));
    const args = v2Args({ lines: discounted, clientTotal: 2078, payments: [{ kind: 'cash', amount: 2080 }] });
    expect(await codeOf(run(store, args))).toBe('DISCOUNT_OVER_LIMIT');
    expect(await codeOf(run(store, { ...args, approverId: otherCashier.id }))).toBe('FORBIDDEN');
    expect(await codeOf(run(store, { ...args, approverId: '0190a0e0-0000-7000-8000-00000000f0ff' }))).toBe('UNKNOWN_ACTOR');
    expect(await run(store, { ...args, approverId: manager.id })).toEqual({ status: 'applied' });
    const sale = await saleOf(store);
    expect(sale.total).toBe(2078);
    expect(sale.approverId).toBe(manager.id);
    expect(sale.priced?.lines[0]?.adjustments).toEqual([expect.objectContaining({ kind: 'manual-line', amount: 520, approvedBy: manager.id })]);
  });

  test('points are earned on goods, not deposits; a redemption the balance does not cover stands, flagged, and the ledger goes negative', async () => {
    const store = sellingStore();
    await run(store, v2Args({ customerId: walkIn.id, lines: sixPacks(2), payments: [{ kind: 'cash', amount: 2980 }], clientTotal: 2978 }));
    expect(store.pointsOf(walkIn.id)).toBe(28); // (2978 − 120 deposits) / 100
    const second = v2Args({ saleId: '0190a0e0-0000-7000-8000-0000000052a2', customerId: walkIn.id, payments: [{ kind: 'loyalty', points: 100, value: 100 }, { kind: 'cash', amount: 2500 }] });
    expect(await run(store, second, context({ seq: 2 }))).toEqual({ status: 'applied' });
    const sale = await saleOf(store, second.saleId);
    expect(sale.flags).toEqual([`OVER_REDEMPTION: customer ${walkIn.id} redeemed 100 points with 28; shortfall 72`]);
    expect(sale).toMatchObject({ loyaltyRedeemed: 100, loyaltyEarned: 24 });
    expect(store.pointsOf(walkIn.id)).toBe(28 - 100 + 24);
  });

  test('points pay only for a known customer, at the programme value', async () => {
    const store = sellingStore();
    const points = [{ kind: 'loyalty' as const, points: 100, value: 100 }, { kind: 'cash' as const, amount: 2500 }];
    expect(await codeOf(run(store, v2Args({ payments: points })))).toBe('LOYALTY_NEEDS_CUSTOMER');
    expect(await codeOf(run(store, v2Args({ customerId: walkIn.id, payments: [{ kind: 'loyalty', points: 90, value: 100 }, { kind: 'cash', amount: 2500 }] })))).toBe('POINTS_VALUE_MISMATCH');
    expect(await codeOf(run(store, v2Args({ customerId: '0190a0e0-0000-7000-8000-00000000c5ff' })))).toBe('UNKNOWN_RECORD');
  });

  test('a receipt number must read like CC-03-000142, and an unknown product is refused', async () => {
    const store = sellingStore();
    expect(await codeOf(run(store, v2Args({ receiptNo: 'T1-7' })))).toBe('VALIDATION_FAILED');
    const ghost = v2Args().lines.map((l) => ({ ...l, productId: '0190a0e0-0000-7000-8000-000000000bad' }));
    expect(await codeOf(run(store, v2Args({ lines: ghost })))).toBe('UNKNOWN_PRODUCT');
    expect(wine.ageRestricted).toBe(true);
  });
});
