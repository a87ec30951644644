import { lineRefund } from '../pricing/line-refund';
import type { PricedCart } from '../pricing/price-cart';
import type { PriorRefund } from './refund-record';

/**
 * What is left to refund of each line of a sale, after the refunds already made — from this till
 * or any other. A refund seen twice (the same id, pulled again) counts once.
 *
 * A line's money is refunded cumulatively (pricing/line-refund.ts): n of its packs are worth its
 * total × n / qty, rounded, so the parts of a line refunded one by one add up to exactly what was
 * paid for it. The amount still refundable is what the line and its deposits cost less what the
 * earlier refunds of it actually paid back, so even refunds planned on two tills at once (each
 * before it had seen the other's) can never, between them and the next, pay back more than the
 * line cost.
 */
export interface RefundableLine {
  lineId: string;
  soldQty: number;
  refundedQty: number;
  /** Packs still refundable. */
  qty: number;
  /** The line and its deposits, as paid. */
  paid: number;
  refunded: number;
  /** Money still refundable for the line. */
  amount: number;
}

/** Earlier refunds of one sale, each counted once by id. */
export function distinctRefunds<T extends Pick<PriorRefund, 'id'>>(refunds: readonly T[]): T[] {
  const seen = new Set<string>();
  return refunds.filter((refund) => {
    if (seen.has(refund.id)) return false;
    seen.add(refund.id);
    return true;
  });
}

/** Per line of the sale (in sale order): the quantity and money still refundable. `priorRefunds` are this sale's. */
export function refundable(cart: PricedCart, priorRefunds: readonly PriorRefund[]): RefundableLine[] {
  const refundedQty = new Map<string, number>();
  const refundedAmount = new Map<string, number>();
  for (const refund of distinctRefunds(priorRefunds)) {
    for (const line of refund.lines) {
      refundedQty.set(line.lineId, (refundedQty.get(line.lineId) ?? 0) + line.qty);
      refundedAmount.set(line.lineId, (refundedAmount.get(line.lineId) ?? 0) + line.amount);
    }
  }
  return cart.lines.map((line) => {
    const refundedQ = Math.min(line.qty, refundedQty.get(line.lineId) ?? 0);
    const refunded = refundedAmount.get(line.lineId) ?? 0;
    const paid = linePaid(cart, line.lineId);
    return { lineId: line.lineId, soldQty: line.qty, refundedQty: refundedQ, qty: line.qty - refundedQ, paid, refunded, amount: Math.max(0, paid - refunded) };
  });
}

/** What the customer paid for a line with its deposits: refunding all of it from nothing. */
export function linePaid(cart: PricedCart, lineId: string): number {
  const line = cart.lines.find((l) => l.lineId === lineId);
  if (!line) return 0;
  const whole = lineRefund(cart, lineId, line.qty, 0);
  return whole.ok ? whole.value.total : 0;
}
