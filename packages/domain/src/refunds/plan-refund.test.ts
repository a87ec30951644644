import { describe, expect, test } from 'vitest';
import { id } from '../pricing/test-fixtures';
import type { Payment } from '../tenders/payment';
import { planRefund, refundRequestSchema, type RefundRequest } from './plan-refund';
import { refundRecordSchema, type RefundRecord } from './refund-record';
import { refundable } from './refundable';
import { cart, lines, sale, stored } from './refund-test-fixtures';

const ask = (asked: RefundRequest['lines'], over: Partial<RefundRequest> = {}): RefundRequest => ({ lines: asked, to: 'original', withReceipt: true, role: 'cashier', ...over });
const restock = (lineId: string, qty: number) => ({ lineId, qty, disposition: 'restock' as const });

describe('what is left to refund', () => {
  test('before any refund: every line, its deposits included', () => {
    expect(refundable(cart, [])).toEqual([
      { lineId: lines.crates, soldQty: 3, refundedQty: 0, qty: 3, paid: 14_850, refunded: 0, amount: 14_850 },
      { lineId: lines.gin, soldQty: 2, refundedQty: 0, qty: 2, paid: 5700, refunded: 0, amount: 5700 },
      { lineId: lines.juice, soldQty: 1, refundedQty: 0, qty: 1, paid: 358, refunded: 0, amount: 358 },
    ]);
  });

  test('after refunds from two tills, and one of them pulled twice', () => {
    const first = stored(planRefund(sale, [], ask([restock(lines.crates, 1)])));
    const second = stored(planRefund(sale, [first], ask([restock(lines.crates, 1), restock(lines.gin, 2)])));
    expect(refundable(cart, [first, second, first])).toMatchObject([
      { lineId: lines.crates, refundedQty: 2, qty: 1, amount: 4950 },
      { lineId: lines.gin, refundedQty: 2, qty: 0, amount: 0 },
      { lineId: lines.juice, refundedQty: 0, qty: 1, amount: 358 },
    ]);
  });
});

describe('planning a refund', () => {
  test('a crate back on the shelf refunds its share with its deposits, to the last tender taken first', () => {
    const outcome = planRefund(sale, [], ask([restock(lines.crates, 1)]));
    expect(outcome).toEqual({
      ok: true,
      value: {
        saleId: sale.id,
        lines: [
          {
            lineId: lines.crates,
            qty: 1,
            amount: 4200,
            tax: 700,
            deposits: [
              { depositItemId: expect.any(String), qty: 24, amount: 600, tax: 0 },
              { depositItemId: expect.any(String), qty: 1, amount: 150, tax: 25 },
            ],
            total: 4950,
            disposition: 'restock',
            correction: 0,
          },
        ],
        tenders: [{ kind: 'cash', amount: 4950, rounding: 0 }],
        total: 4950,
        withReceipt: true,
      },
    });
  });

  test('once the cash the sale kept is given back, the card is next, by its own terminal reference; points last', () => {
    const first = stored(planRefund(sale, [], ask([restock(lines.crates, 1)])));
    const second = planRefund(sale, [first], ask([{ lineId: lines.crates, qty: 2, disposition: 'write_off' }, restock(lines.gin, 2)]));
    // Cash kept: 209.08 − 110.00 = 99.08; 49.50 already back, 49.58 left. 99.00 + 57.00 = 156.00 to go.
    expect(second).toMatchObject({
      ok: true,
      value: {
        total: 15_600,
        tenders: [
          { kind: 'card', amount: 10_000, paymentIndex: 1, last4: '4242', terminalRef: 'T-7-000481' },
          { kind: 'loyalty', amount: 642, paymentIndex: 0, points: 642 },
          { kind: 'cash', amount: 4958, rounding: 0 },
        ],
      },
    });
  });

  test('asked for cash, all of it is cash, rounded to the cash step', () => {
    const outcome = planRefund(sale, [], ask([restock(lines.juice, 1)], { to: 'cash' }), { increment: 5, mode: 'half-up' });
    expect(outcome).toMatchObject({ ok: true, value: { total: 358, tenders: [{ kind: 'cash', amount: 360, rounding: 2 }] } });
  });

  test('points paid come back as points, and refunding all they paid returns exactly the points spent', () => {
    // Points taken last are refunded first, in parts: 3.58, then 6.42 of a 28.50 gin.
    const payments: Payment[] = [{ kind: 'card', amount: cart.total - 1000, last4: '0019', approvalCode: 'X', terminalRef: 'T-1' }, { kind: 'loyalty', points: 2001, value: 1000 }];
    const paidInPoints = { ...sale, payments };
    const refunds: RefundRecord[] = [];
    for (const lineId of [lines.juice, lines.gin, lines.gin]) refunds.push(stored(planRefund(paidInPoints, refunds, ask([restock(lineId, 1)]))));
    expect(refunds.map((r) => r.tenders.map((t) => (t.kind === 'loyalty' ? `${t.points} points` : `${t.amount} ${t.kind}`)))).toEqual([['716 points'], ['1285 points', '2208 card'], ['2850 card']]);
    const pointsBack = refunds.flatMap((r) => r.tenders).reduce((sum, t) => (t.kind === 'loyalty' ? sum + t.points : sum), 0);
    const valueBack = refunds.flatMap((r) => r.tenders).reduce((sum, t) => (t.kind === 'loyalty' ? sum + t.amount : sum), 0);
    expect(valueBack).toBe(1000);
    expect(pointsBack).toBe(2001);
  });

  test('more than is left of a line, across several refunds, is refused with what is left', () => {
    const first = stored(planRefund(sale, [], ask([restock(lines.crates, 2)])));
    expect(planRefund(sale, [first], ask([restock(lines.crates, 2)]))).toEqual({
      ok: false,
      error: { code: 'REFUND_EXCEEDS_SOLD', message: 'Only 1 of 3 Crate of 24 are left to refund.', lineId: lines.crates, refundableQty: 1 },
    });
  });

  test('refunds of another sale do not count against this one', () => {
    const elsewhere = stored(planRefund(sale, [], ask([restock(lines.crates, 3)])), id(0x5a1f));
    expect(planRefund(sale, [elsewhere], ask([restock(lines.crates, 3)]))).toMatchObject({ ok: true, value: { total: 14_850 } });
  });

  test('without a receipt only a role with refund.no_receipt may refund', () => {
    expect(planRefund(sale, [], ask([restock(lines.gin, 1)], { withReceipt: false }))).toEqual({
      ok: false,
      error: { code: 'NO_RECEIPT_NOT_ALLOWED', message: 'A refund without the receipt needs a manager.' },
    });
    expect(planRefund(sale, [], ask([restock(lines.gin, 1)], { withReceipt: false, role: 'manager' }))).toMatchObject({ ok: true, value: { withReceipt: false, total: 2850 } });
  });

  test('a line not on the sale, or named twice, is refused', () => {
    expect(planRefund(sale, [], ask([restock(id(0xbad), 1)]))).toMatchObject({ ok: false, error: { code: 'UNKNOWN_LINE', lineId: id(0xbad) } });
    expect(planRefund(sale, [], ask([restock(lines.gin, 1), restock(lines.gin, 1)]))).toMatchObject({ ok: false, error: { code: 'DUPLICATE_LINE' } });
    expect(refundRequestSchema.safeParse(ask([restock(lines.gin, 0)])).success).toBe(false);
    expect(refundRequestSchema.safeParse(ask([])).success).toBe(false);
  });

  test('two tills that refunded a crate each before seeing each other: the last crate returns exactly what is left', () => {
    const tillA = stored(planRefund(sale, [], ask([restock(lines.crates, 1)])));
    const tillB = stored(planRefund(sale, [], ask([restock(lines.crates, 1)])));
    const last = planRefund(sale, [tillA, tillB], ask([restock(lines.crates, 1)]));
    if (!last.ok) throw new Error(last.error.message);
    expect(tillA.total + tillB.total + last.value.total).toBe(14_850);
    expect(planRefund(sale, [tillA, tillB], ask([restock(lines.crates, 2)]))).toMatchObject({ ok: false, error: { code: 'REFUND_EXCEEDS_SOLD' } });
  });

  test('the stored refund is a valid record', () => {
    const record = stored(planRefund(sale, [], ask([restock(lines.crates, 1), { lineId: lines.gin, qty: 1, disposition: 'write_off' }])));
    expect(refundRecordSchema.parse(record)).toEqual(record);
    expect(record.lines).toEqual([
      { lineId: lines.crates, qty: 1, amount: 4950, disposition: 'restock' },
      { lineId: lines.gin, qty: 1, amount: 2850, disposition: 'write_off' },
    ]);
  });
});
