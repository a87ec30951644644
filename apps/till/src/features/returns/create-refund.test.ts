import { MutationRejected, type RefundCreateArgs } from '@tillsafe/sync';
import { afterEach, expect, test } from 'vitest';
import type { TillDb } from '../../db/till-db';
import { cashier } from '../../test-support/fixtures';
import { depositLager, manager, sellingDb } from '../../test-support/selling-fixtures';
import { completeSale } from '../payment/complete-sale';
import { createRefund } from './create-refund';
import { emptySelection, planSelection, refundableLines, withDisposition, withQty } from './refund-selection';

let db: TillDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

const lineId = '0190a0e0-0000-7000-8000-000000005101';
const at = () => new Date('2026-11-20T23:00:00.000Z');
const codeOf = (p: Promise<unknown>) => p.then(() => 'stored', (e: unknown) => (e instanceof MutationRejected ? e.code : String(e)));

/** Twelve lagers with their twelve bottle deposits, in cash. */
async function lagerSale(database: TillDb) {
  return completeSale(
    database,
    {
      cart: { lines: [{ lineId, productId: depositLager.id, packId: depositLager.packs[0]!.id, qty: 12, notes: '', manualDiscount: null }], cartDiscount: null },
      payments: [{ kind: 'cash', amount: 5000 }],
      ageCheck: { method: 'visual_over_threshold', verifiedBy: cashier.id, at: '2026-11-20T18:00:00-05:00' },
      approverId: null,
      customerId: null,
    },
    at,
  );
}

test('refunding part of a line: the plan the cashier sees is the refund stored, its bottles back in stock, its mutation in the outbox', async () => {
  db = await sellingDb();
  const sale = await lagerSale(db);
  const selection = withDisposition(withQty(emptySelection, lineId, 2), lineId, 'restock');
  const plan = planSelection(sale, [], selection, { withReceipt: true, role: 'cashier', cashRounding: undefined });
  if (!plan?.ok) throw new Error('no plan');
  // Two of twelve lagers with their deposits: a sixth of what the line cost.
  expect(plan.value.lines[0]).toMatchObject({ lineId, qty: 2, deposits: [{ qty: 2, amount: 20 }] });

  const refund = await createRefund(db, { saleId: sale.id, lines: [{ lineId, qty: 2, disposition: 'restock' }], to: 'original', withReceipt: true }, at);
  expect(refund).toMatchObject({ saleId: sale.id, total: plan.value.total, tenders: plan.value.tenders, lines: [{ lineId, qty: 2, amount: plan.value.total, disposition: 'restock' }] });
  const moves = await db.stockMovements.where('refId').equals(refund.id).toArray();
  expect(moves.map((m) => [m.reason, m.delta])).toEqual([['refund', 2]]);
  const entry = (await db.outbox.toArray()).at(-1);
  expect(entry?.name).toBe('refund.create');
  expect(entry?.args).toMatchObject({ refundId: refund.id, saleId: sale.id, refundedAt: expect.stringMatching(/[+-]\d\d:\d\d$/) } satisfies Partial<RefundCreateArgs>);

  const refunds = await db.refunds.where('saleId').equals(sale.id).toArray();
  expect(refundableLines(sale, refunds)).toMatchObject([{ lineId, soldQty: 12, refundedQty: 2, qty: 10 }]);
});

test('more than is left is refused before anything is stored; a write-off leaves the ledger saying so', async () => {
  db = await sellingDb();
  const sale = await lagerSale(db);
  await createRefund(db, { saleId: sale.id, lines: [{ lineId, qty: 10, disposition: 'write_off' }], to: 'cash', withReceipt: true }, at);
  const outbox = await db.outbox.count();
  expect(await codeOf(createRefund(db, { saleId: sale.id, lines: [{ lineId, qty: 3, disposition: 'restock' }], to: 'original', withReceipt: true }, at))).toBe('REFUND_EXCEEDS_SOLD');
  expect(await db.outbox.count()).toBe(outbox);
  const refunds = await db.refunds.where('saleId').equals(sale.id).toArray();
  expect(planSelection(sale, refunds, withQty(emptySelection, lineId, 3), { withReceipt: true, role: 'cashier', cashRounding: undefined })).toMatchObject({
    ok: false,
    error: { code: 'REFUND_EXCEEDS_SOLD', refundableQty: 2 },
  });
  const [refund] = refunds;
  expect((await db.stockMovements.where('refId').equals(refund!.id).toArray()).map((m) => [m.reason, m.delta]).sort()).toEqual([
    ['refund', 10],
    ['write_off', -10],
  ]);
  // Without the receipt a cashier may not refund at all.
  expect(await codeOf(createRefund(db, { saleId: sale.id, lines: [{ lineId, qty: 1, disposition: 'restock' }], to: 'cash', withReceipt: false }, at))).toBe('FORBIDDEN');
  // With a manager's approval (their PIN at this till) it is stored, the approver in the mutation.
  const approved = await createRefund(db, { saleId: sale.id, lines: [{ lineId, qty: 1, disposition: 'restock' }], to: 'cash', withReceipt: false, approverId: manager.id }, at);
  expect(approved).toMatchObject({ withReceipt: false, actorId: cashier.id });
  expect((await db.outbox.toArray()).at(-1)?.args).toMatchObject({ refundId: approved.id, withReceipt: false, approverId: manager.id });
});
