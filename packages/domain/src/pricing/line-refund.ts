import { mulDivRounded } from './rounding';
import type { PricedCart } from './price-cart';

/**
 * Refunding part of a priced line refunds its deposit sub-lines with it, in the same proportion.
 * Amounts are refunded cumulatively — what `n` packs are worth is the line's total × n / qty,
 * rounded half-even, and a refund pays the difference between what will have been and what has
 * been refunded — so however the line is refunded in parts, the parts add up to exactly what was
 * paid, and no part is negative.
 */
export interface DepositRefund {
  depositItemId: string;
  qty: number;
  amount: number;
  tax: number;
}

export interface LineRefund {
  lineId: string;
  qty: number;
  /** The line's share, tax included when it was added on top. */
  amount: number;
  tax: number;
  deposits: DepositRefund[];
  /** amount + the deposits' amounts. */
  total: number;
}

export type LineRefundFailure = { code: 'UNKNOWN_LINE' | 'REFUND_EXCEEDS_SOLD'; message: string; lineId: string };

export function lineRefund(
  cart: PricedCart,
  lineId: string,
  qty: number,
  alreadyRefundedQty: number,
): { ok: true; value: LineRefund } | { ok: false; error: LineRefundFailure } {
  const line = cart.lines.find((l) => l.lineId === lineId);
  if (!line) return { ok: false, error: { code: 'UNKNOWN_LINE', message: `Line ${lineId} is not on this sale.`, lineId } };
  if (!Number.isInteger(qty) || !Number.isInteger(alreadyRefundedQty) || qty < 1 || alreadyRefundedQty < 0 || alreadyRefundedQty + qty > line.qty) {
    const left = line.qty - alreadyRefundedQty;
    const message =
      left <= 0 ? `All ${line.qty} × ${line.name} (${line.packName}) were already refunded.` : `Only ${left} of ${line.qty} ${line.packName} are left to refund.`;
    return { ok: false, error: { code: 'REFUND_EXCEEDS_SOLD', message, lineId } };
  }
  const part = (value: number) => mulDivRounded(value, alreadyRefundedQty + qty, line.qty, 'half-even') - mulDivRounded(value, alreadyRefundedQty, line.qty, 'half-even');
  const deposits = cart.deposits
    .filter((d) => d.parentLineId === lineId)
    .map((d): DepositRefund => ({ depositItemId: d.depositItemId, qty: (d.qty / line.qty) * qty, amount: part(d.total), tax: part(d.tax) }));
  const amount = part(line.total);
  return { ok: true, value: { lineId, qty, amount, tax: part(line.tax), deposits, total: amount + deposits.reduce((sum, d) => sum + d.amount, 0) } };
}
