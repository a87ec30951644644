import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { baseRules, cartOf, item, priced } from '../pricing/test-fixtures';
import { paymentValue, type Payment } from '../tenders/payment';
import { planRefund, type RefundableSale, type RefundRequest } from './plan-refund';
import type { RefundRecord } from './refund-record';
import { linePaid } from './refundable';
import { stored } from './refund-test-fixtures';

// Fixed seed: a failure reproduces on every machine; fast-check prints the counterexample.
const seeded = { seed: 22_11_2026, numRuns: 200 };

const packs = baseRules().products.flatMap((p) => p.packs.map((pack) => ({ productId: p.id, packId: pack.id })));
const saleArb: fc.Arbitrary<RefundableSale> = fc
  .record({
    lines: fc.uniqueArray(fc.record({ lineId: fc.uuid({ version: 4 }), pack: fc.constantFrom(...packs), qty: fc.integer({ min: 1, max: 6 }) }), {
      minLength: 1,
      maxLength: 5,
      selector: (l) => l.lineId,
    }),
    cardShare: fc.integer({ min: 0, max: 100 }),
    pointsShare: fc.integer({ min: 0, max: 100 }),
    change: fc.integer({ min: 0, max: 2000 }),
    saleId: fc.uuid({ version: 4 }),
  })
  .map(({ lines, cardShare, pointsShare, change, saleId }) => {
    const cart = priced(cartOf(lines.map((l) => item(l.pack.productId, l.pack.packId, l.qty, { lineId: l.lineId }))));
    const card = Math.floor((cart.total * cardShare) / 100);
    const points = Math.floor(((cart.total - card) * pointsShare) / 100);
    const payments: Payment[] = [];
    if (points > 0) payments.push({ kind: 'loyalty', points: points * 2, value: points });
    if (card > 0) payments.push({ kind: 'card', amount: card, last4: '4242', approvalCode: 'OK', terminalRef: 'T-1' });
    payments.push({ kind: 'cash', amount: cart.total - card - points + change });
    return { id: saleId, cart, payments };
  });

const stepArb = fc.record({
  picks: fc.array(fc.record({ line: fc.nat(), qty: fc.integer({ min: 1, max: 4 }) }), { minLength: 1, maxLength: 3 }),
  to: fc.constantFrom('original' as const, 'cash' as const),
  writeOff: fc.boolean(),
});

describe('refunds, over random sales and random sequences of partial refunds', () => {
  test('never more than was sold of a line or in money; every refund is paid out in full; refunding everything returns exactly the sale', () => {
    fc.assert(
      fc.property(saleArb, fc.array(stepArb, { maxLength: 8 }), (sale, steps) => {
        const refunds: RefundRecord[] = [];
        const refundedQty = new Map<string, number>();
        const soldQty = new Map(sale.cart.lines.map((l) => [l.lineId, l.qty]));
        const request = (lines: RefundRequest['lines'], to: RefundRequest['to']): RefundRequest => ({ lines, to, withReceipt: true, role: 'cashier' });

        const apply = (asked: RefundRequest) => {
          const outcome = planRefund(sale, refunds, asked);
          const exceeds = asked.lines.some((l) => (refundedQty.get(l.lineId) ?? 0) + l.qty > soldQty.get(l.lineId)!);
          const twice = new Set(asked.lines.map((l) => l.lineId)).size < asked.lines.length;
          if (!outcome.ok) {
            // Refused only for what it says: a line named twice, or more than is left of one.
            expect(outcome.error.code === 'DUPLICATE_LINE' ? twice : outcome.error.code === 'REFUND_EXCEEDS_SOLD' && exceeds).toBe(true);
            return;
          }
          expect(exceeds || twice).toBe(false);
          const plan = outcome.value;
          for (const line of plan.lines) {
            expect(line.total).toBeGreaterThanOrEqual(0);
            expect(line.correction).toBe(0);
          }
          const paidOut = plan.tenders.reduce((sum, t) => sum + (t.kind === 'cash' ? t.amount - t.rounding : t.amount), 0);
          expect(paidOut).toBe(plan.total);
          refunds.push(stored(outcome, sale.id));
          for (const line of plan.lines) refundedQty.set(line.lineId, (refundedQty.get(line.lineId) ?? 0) + line.qty);
        };

        for (const step of steps) {
          const lines = step.picks.map((pick) => ({ lineId: sale.cart.lines[pick.line % sale.cart.lines.length]!.lineId, qty: pick.qty, disposition: step.writeOff ? ('write_off' as const) : ('restock' as const) }));
          apply(request(lines, step.to));
          for (const [lineId, qty] of refundedQty) expect(qty).toBeLessThanOrEqual(soldQty.get(lineId)!);
          expect(refunds.reduce((sum, r) => sum + r.total, 0)).toBeLessThanOrEqual(sale.cart.total);
          // No payment ever gets back more than it paid.
          for (const [index, payment] of sale.payments.entries()) {
            if (payment.kind === 'cash') continue;
            const back = refunds.flatMap((r) => r.tenders).reduce((sum, t) => (t.kind !== 'cash' && t.paymentIndex === index ? sum + t.amount : sum), 0);
            expect(back).toBeLessThanOrEqual(paymentValue(payment));
          }
        }

        // Refund whatever is left: the parts of each line then add up to exactly what it cost.
        const rest = sale.cart.lines
          .map((l) => ({ lineId: l.lineId, qty: l.qty - (refundedQty.get(l.lineId) ?? 0), disposition: 'restock' as const }))
          .filter((l) => l.qty > 0);
        if (rest.length > 0) apply(request(rest, 'original'));
        for (const line of sale.cart.lines) {
          const refunded = refunds.flatMap((r) => r.lines).filter((l) => l.lineId === line.lineId).reduce((sum, l) => sum + l.amount, 0);
          expect(refunded).toBe(linePaid(sale.cart, line.lineId));
        }
        expect(refunds.reduce((sum, r) => sum + r.total, 0)).toBe(sale.cart.total);
      }),
      seeded,
    );
  });
});
