import { planRefund, refundable, type CashRoundingRule, type RefundableLine, type RefundDisposition, type RefundPlanOutcome, type Role } from '@tillsafe/domain';
import { pricedCartOfSale, type SaleRecord, type StoredRefund } from '@tillsafe/sync';

/**
 * What the cashier has picked to refund of one sale: a quantity per line (its deposits go with
 * it), whether each goes back on the shelf, and where the money goes. The amounts are never
 * worked out here: the domain's planner (`planRefund`) does it, from the sale as it was priced and
 * every refund of it the till knows, exactly as `refund.create` will when it runs.
 */
export interface RefundSelection {
  lines: Readonly<Record<string, { qty: number; disposition: RefundDisposition }>>;
  to: 'original' | 'cash';
}

export const emptySelection: RefundSelection = { lines: {}, to: 'original' };

/** Each line of the sale with what is left to refund of it. */
export function refundableLines(sale: SaleRecord, refunds: readonly StoredRefund[]): RefundableLine[] {
  return refundable(pricedCartOfSale(sale), refunds);
}

/** The lines picked (a quantity above zero), in the sale's order. */
export function pickedLines(sale: SaleRecord, selection: RefundSelection): { lineId: string; qty: number; disposition: RefundDisposition }[] {
  return sale.lines.flatMap((line) => {
    const picked = selection.lines[line.lineId];
    return picked && picked.qty > 0 ? [{ lineId: line.lineId, qty: picked.qty, disposition: picked.disposition }] : [];
  });
}

/** A line's quantity set to `qty` (0 unpicks it), keeping its restock/write-off choice. */
export function withQty(selection: RefundSelection, lineId: string, qty: number): RefundSelection {
  const disposition = selection.lines[lineId]?.disposition ?? 'restock';
  return { ...selection, lines: { ...selection.lines, [lineId]: { qty: Math.max(0, qty), disposition } } };
}

export function withDisposition(selection: RefundSelection, lineId: string, disposition: RefundDisposition): RefundSelection {
  const qty = selection.lines[lineId]?.qty ?? 0;
  return { ...selection, lines: { ...selection.lines, [lineId]: { qty, disposition } } };
}

/** Every line picked at all that is left of it. */
export function withEverything(selection: RefundSelection, left: readonly RefundableLine[]): RefundSelection {
  let next = selection;
  for (const line of left) next = withQty(next, line.lineId, line.qty);
  return next;
}

export interface RefundAsk {
  withReceipt: boolean;
  /** The role the refund runs with: the signed-in cashier's, or the approving manager's. */
  role: Role;
  cashRounding: CashRoundingRule | undefined;
}

/** The plan for what is picked, or undefined while nothing is. */
export function planSelection(sale: SaleRecord, refunds: readonly StoredRefund[], selection: RefundSelection, ask: RefundAsk): RefundPlanOutcome | undefined {
  const lines = pickedLines(sale, selection);
  if (lines.length === 0) return undefined;
  return planRefund(
    { id: sale.id, cart: pricedCartOfSale(sale), payments: sale.payments ?? sale.tenders },
    refunds,
    { lines, to: selection.to, withReceipt: ask.withReceipt, role: ask.role },
    ask.cashRounding,
  );
}
