import { z } from 'zod';
import { MAX_LINE_QTY } from '../pricing/cart';
import type { CashRoundingRule } from '../pricing/cash-rounding';
import { lineRefund, type LineRefund } from '../pricing/line-refund';
import type { PricedCart } from '../pricing/price-cart';
import { can, roleSchema } from '../permissions';
import type { Payment } from '../tenders/payment';
import { refundable } from './refundable';
import { refundDispositionSchema, type PriorRefund, type RefundDisposition, type RefundRecord, type RefundTender } from './refund-record';
import { refundTenders } from './refund-tenders';

/**
 * Plans a refund of chosen lines and quantities of a sale: what each line's part refunds (with
 * its deposits, exact to the cent however the line is split across refunds), whether the goods
 * are restocked or written off, and which tenders the money goes back to (refund-tenders.ts).
 * The till plans it to show the cashier; the server plans it again from the sale and every
 * refund it holds, so two tills refunding the same bottle offline cannot both succeed.
 *
 * Refused: more than is left of a line (REFUND_EXCEEDS_SOLD — across all earlier refunds from
 * any till), a line not on the sale, a line named twice, and a refund without the receipt by
 * someone whose role lacks `refund.no_receipt` (NO_RECEIPT_NOT_ALLOWED; a manager may).
 */
export const refundRequestSchema = z.object({
  lines: z
    .array(z.object({ lineId: z.uuid(), qty: z.int().min(1).max(MAX_LINE_QTY), disposition: refundDispositionSchema }))
    .min(1)
    .max(500),
  to: z.enum(['original', 'cash']),
  /** Whether the customer showed the receipt (or it was found by scanning it). */
  withReceipt: z.boolean(),
  /** The refunding actor's role in the channel. */
  role: roleSchema,
});
export type RefundRequest = z.infer<typeof refundRequestSchema>;

/** The sale as a refund needs it: its priced lines and deposits, and how it was paid. */
export interface RefundableSale {
  id: string;
  cart: PricedCart;
  payments: readonly Payment[];
}

export interface PlannedRefundLine extends LineRefund {
  disposition: RefundDisposition;
  /**
   * Cents taken off (negative) or added so that the line never pays back more than it cost, and
   * its last refund returns exactly what is left: non-zero only when earlier refunds were planned
   * on tills that had not seen each other's.
   */
  correction: number;
}

export interface RefundPlan {
  saleId: string;
  lines: PlannedRefundLine[];
  tenders: RefundTender[];
  /** The lines' totals added up: what the customer is owed, before cash rounding. */
  total: number;
  withReceipt: boolean;
}

export type RefundFailure =
  | { code: 'NO_RECEIPT_NOT_ALLOWED'; message: string }
  | { code: 'UNKNOWN_LINE' | 'DUPLICATE_LINE'; message: string; lineId: string }
  | { code: 'REFUND_EXCEEDS_SOLD'; message: string; lineId: string; refundableQty: number };

export type RefundPlanOutcome = { ok: true; value: RefundPlan } | { ok: false; error: RefundFailure };

export function planRefund(sale: RefundableSale, priorRefunds: readonly PriorRefund[], request: RefundRequest, cashRounding?: CashRoundingRule): RefundPlanOutcome {
  if (!request.withReceipt && !can(request.role, 'refund.no_receipt')) {
    return { ok: false, error: { code: 'NO_RECEIPT_NOT_ALLOWED', message: 'A refund without the receipt needs a manager.' } };
  }
  const prior = priorRefunds.filter((refund) => refund.saleId === sale.id);
  const left = new Map(refundable(sale.cart, prior).map((line) => [line.lineId, line]));
  const seen = new Set<string>();
  const lines: PlannedRefundLine[] = [];
  for (const asked of request.lines) {
    if (seen.has(asked.lineId)) return { ok: false, error: { code: 'DUPLICATE_LINE', message: `Line ${asked.lineId} is named twice in the refund.`, lineId: asked.lineId } };
    seen.add(asked.lineId);
    const line = left.get(asked.lineId);
    if (!line) return { ok: false, error: { code: 'UNKNOWN_LINE', message: `Line ${asked.lineId} is not on this sale.`, lineId: asked.lineId } };
    const part = lineRefund(sale.cart, asked.lineId, asked.qty, line.refundedQty);
    if (!part.ok) {
      return { ok: false, error: { code: 'REFUND_EXCEEDS_SOLD', message: part.error.message, lineId: asked.lineId, refundableQty: line.qty } };
    }
    const last = line.refundedQty + asked.qty === line.soldQty;
    const total = last ? line.amount : Math.min(part.value.total, line.amount);
    lines.push({ ...part.value, disposition: asked.disposition, total, correction: total - part.value.total });
  }
  const total = lines.reduce((sum, line) => sum + line.total, 0);
  const tenders = refundTenders(total, sale.cart.total, sale.payments, prior, request.to, cashRounding);
  return { ok: true, value: { saleId: sale.id, lines, tenders, total, withReceipt: request.withReceipt } };
}

/** The refund to store for a plan the cashier confirmed. */
export function refundRecordOf(plan: RefundPlan, meta: Pick<RefundRecord, 'id' | 'actorId' | 'at'>): RefundRecord {
  return {
    id: meta.id,
    saleId: plan.saleId,
    lines: plan.lines.map((line) => ({ lineId: line.lineId, qty: line.qty, amount: line.total, disposition: line.disposition })),
    tenders: plan.tenders,
    total: plan.total,
    withReceipt: plan.withReceipt,
    actorId: meta.actorId,
    at: meta.at,
  };
}
