import { formatMoney, formatSaleBarcode, type AgeCheckMethod, type Payment } from '@tillsafe/domain';
import type { SaleRecord } from '@tillsafe/sync';

/**
 * What an on-screen (and browser-printed) receipt says for a stored sale, as text: every amount
 * formatted in the sale's currency and the channel's locale, every pricing rule named as the
 * engine explained it, deposits under the line that sold the bottles, the tax summary, each
 * payment of the split tender, the change, loyalty points and that the age was checked (never
 * the date of birth: a receipt leaves the shop). A protocol-2 sale is read from `priced`,
 * `payments` and `settlement`; an older sale from its lines and cash tenders.
 */
export interface ReceiptStore {
  name: string;
  addressLines?: readonly string[];
  phone?: string;
  taxId?: string;
}

export interface ReceiptContext {
  store: ReceiptStore;
  locale: string;
  /** IANA zone the store's clock reads in. */
  timeZone: string;
  tillName?: string;
  /** Names of staff by id, for the cashier and whoever checked the age. */
  staffNames?: ReadonlyMap<string, string>;
  /** What the tax is called here ("Sales tax", "VAT"). */
  taxLabel?: string;
  footer?: readonly string[];
  /** A reprint: marked COPY. */
  copy?: boolean;
}

export interface ReceiptAmountRow {
  label: string;
  amount: string;
  detail?: string;
}

export interface ReceiptLine {
  key: string;
  qty: string;
  name: string;
  /** Pack and unit price: "Bottle · $14.99 each". */
  detail: string;
  amount: string;
  note?: string;
  /** Rules applied to the line, as the engine explained them, with what each took off. */
  adjustments: ReceiptAmountRow[];
  deposits: ReceiptAmountRow[];
}

export interface ReceiptModel {
  copy: boolean;
  store: ReceiptStore;
  receiptNo: string;
  soldAt: string;
  till?: string;
  cashier?: string;
  lines: ReceiptLine[];
  itemCount: number;
  totals: ReceiptAmountRow[];
  total: string;
  taxSummary: { rate: string; basis: string; net: string; tax: string }[];
  payments: ReceiptAmountRow[];
  /** Cash rounding and change, after the payments. */
  afterPayments: ReceiptAmountRow[];
  savings?: string;
  loyalty?: { earned: number; redeemed: number };
  ageCheck?: string;
  barcode: string;
  footer: readonly string[];
}

const AGE_CHECK_METHOD: Record<AgeCheckMethod, string> = {
  id_scanned: 'ID scanned',
  dob_entered: 'date of birth checked on ID',
  visual_over_threshold: 'checked by sight',
};

export function receiptOf(sale: SaleRecord, context: ReceiptContext): ReceiptModel {
  const money = (minor: number) => formatMoney(minor, sale.currency, context.locale);
  const minus = (minor: number) => `−${money(minor)}`;
  const name = (id: string) => context.staffNames?.get(id);
  const cashier = name(sale.actorId);
  const priced = sale.priced;
  const notes = new Map(sale.lines.map((l) => [l.lineId, l.notes ?? '']));
  const lines: ReceiptLine[] = priced
    ? priced.lines.map((line) => ({
        key: line.lineId,
        qty: `${line.qty} ×`,
        name: line.name,
        detail: `${line.packName} · ${money(line.unitPrice)} each`,
        amount: money(line.grossAmount),
        ...(notes.get(line.lineId) ? { note: notes.get(line.lineId)! } : {}),
        adjustments: line.adjustments.map((a) => ({
          label: a.explanation,
          amount: minus(a.amount),
          ...(a.approvedBy ? { detail: `approved by ${name(a.approvedBy) ?? 'a manager'}` } : {}),
        })),
        deposits: priced.deposits
          .filter((d) => d.parentLineId === line.lineId)
          .map((d) => ({ label: `${d.name} ${d.qty} × ${money(d.unitAmount)}`, amount: money(d.amount) })),
      }))
    : sale.lines.map((line) => ({
        key: line.lineId,
        qty: `${line.qty} ×`,
        name: line.name,
        detail: `${line.packName} · ${money(line.unitPrice)} each`,
        amount: money(line.lineTotal),
        ...(line.notes ? { note: line.notes } : {}),
        adjustments: [],
        deposits: [],
      }));

  const taxLabel = context.taxLabel ?? 'Tax';
  const rate = (bp: number) => `${new Intl.NumberFormat(context.locale, { maximumFractionDigits: 3 }).format(bp / 100)}%`;
  const totals: ReceiptAmountRow[] = [];
  const taxSummary = (priced?.taxSummary ?? []).map((row) => ({ rate: rate(row.rateBp), basis: row.inclusive ? 'included' : 'added', net: money(row.net), tax: money(row.tax) }));
  if (priced) {
    totals.push({ label: 'Subtotal', amount: money(priced.subtotal) });
    if (priced.discountTotal > 0) totals.push({ label: 'Savings', amount: minus(priced.discountTotal) });
    for (const row of priced.taxSummary.filter((r) => !r.inclusive && r.tax !== 0)) totals.push({ label: `${taxLabel} ${rate(row.rateBp)}`, amount: money(row.tax) });
    if (priced.depositTotal > 0) totals.push({ label: 'Deposits', amount: money(priced.depositTotal) });
  }
  const includedTax = priced ? priced.taxSummary.filter((r) => r.inclusive).reduce((sum, r) => sum + r.tax, 0) : sale.taxTotal;

  const payments = (sale.payments ?? sale.tenders).map((p) => paymentRow(p, money, context.locale));
  const afterPayments: ReceiptAmountRow[] = [];
  if (sale.settlement && sale.settlement.cashRounding !== 0) {
    afterPayments.push({ label: 'Cash rounding', amount: sale.settlement.cashRounding < 0 ? minus(-sale.settlement.cashRounding) : money(sale.settlement.cashRounding) });
  }
  if (sale.change > 0 || (sale.payments ?? sale.tenders).some((p) => p.kind === 'cash')) afterPayments.push({ label: 'Change', amount: money(sale.change) });
  if (includedTax > 0) afterPayments.push({ label: `${taxLabel} included`, amount: money(includedTax) });

  const check = sale.ageCheck;
  const checkedBy = check ? name(check.verifiedBy) : undefined;
  return {
    copy: context.copy ?? false,
    store: context.store,
    receiptNo: sale.receiptNo,
    soldAt: new Intl.DateTimeFormat(context.locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: context.timeZone }).format(new Date(sale.soldAt)),
    ...(context.tillName ? { till: context.tillName } : {}),
    ...(cashier ? { cashier } : {}),
    lines,
    itemCount: (priced?.lines ?? sale.lines).reduce((sum, l) => sum + l.qty, 0),
    totals,
    total: money(sale.total),
    taxSummary,
    payments,
    afterPayments,
    ...(priced && priced.discountTotal > 0 ? { savings: money(priced.discountTotal) } : {}),
    ...(sale.customerId && (sale.loyaltyEarned || sale.loyaltyRedeemed) ? { loyalty: { earned: sale.loyaltyEarned ?? 0, redeemed: sale.loyaltyRedeemed ?? 0 } } : {}),
    ...(check ? { ageCheck: `Age verified: ${AGE_CHECK_METHOD[check.method]}${checkedBy ? ` by ${checkedBy}` : ''}` } : {}),
    barcode: formatSaleBarcode(sale.id),
    footer: context.footer ?? ['Thank you for shopping with us.', 'Keep this receipt for returns.'],
  };
}

function paymentRow(payment: Payment | { kind: 'cash'; amount: number }, money: (minor: number) => string, locale: string): ReceiptAmountRow {
  switch (payment.kind) {
    case 'cash':
      return { label: 'Cash', amount: money(payment.amount) };
    case 'card':
      return { label: `Card •••• ${payment.last4}`, amount: money(payment.amount), detail: `Approval ${payment.approvalCode} · Ref ${payment.terminalRef}` };
    case 'mobile_money':
      return { label: payment.provider, amount: money(payment.amount), detail: `Ref ${payment.reference}` };
    case 'loyalty':
      return { label: 'Loyalty points', amount: money(payment.value), detail: `${new Intl.NumberFormat(locale).format(payment.points)} points` };
  }
}
