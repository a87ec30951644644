import { cartOf, id, ids, item, priced } from '../pricing/test-fixtures';
import type { Payment } from '../tenders/payment';
import type { RefundableSale, RefundPlan, RefundPlanOutcome } from './plan-refund';
import { refundRecordOf } from './plan-refund';
import type { RefundRecord } from './refund-record';

export const lines = { crates: id(0xaa1), gin: id(0xaa2), juice: id(0xaa3) } as const;

/**
 * 3 crates of lager (42.00 + 24 bottle deposits + a crate deposit each: 49.50), 2 gins (28.50)
 * and a juice (3.33 + 0.25): 209.08, paid 10.00 in points, 100.00 by card and 100.00 in cash
 * (0.92 change).
 */
export const cart = priced(
  cartOf([item(ids.lager, ids.lagerCrate, 3, { lineId: lines.crates }), item(ids.gin, ids.ginBottle, 2, { lineId: lines.gin }), item(ids.juice, ids.juiceBottle, 1, { lineId: lines.juice })]),
);
export const card: Payment = { kind: 'card', amount: 10_000, last4: '4242', approvalCode: 'A1B2C3', terminalRef: 'T-7-000481' };
export const points: Payment = { kind: 'loyalty', points: 1000, value: 1000 };
export const sale: RefundableSale = { id: id(0x5a1e), cart, payments: [points, card, { kind: 'cash', amount: 10_000 }] };

let next = 0xf000;
/** The stored refund for a plan that must succeed. */
export function stored(outcome: RefundPlanOutcome, saleId = sale.id): RefundRecord {
  if (!outcome.ok) throw new Error(`expected the refund to plan, got ${outcome.error.code}: ${outcome.error.message}`);
  const plan: RefundPlan = { ...outcome.value, saleId };
  return refundRecordOf(plan, { id: id(++next), actorId: id(0x601), at: '2026-11-22T10:00:00+01:00' });
}
