import { z } from 'zod';
import { minorUnitsSchema } from '@tillsafe/domain';
import { formatReceiptDate } from './date-text';
import { receiptModelSchema, type ReceiptModel } from './receipt-model';
import {
  parseInput,
  receiptContextFields,
  receiptLines,
  saleLineInputSchema,
  storeLines,
  taxRows,
  tenderInputSchema,
  tenderLabel,
  totalRows,
} from './receipt-input';

/** A refund is entered with positive amounts (what goes back); the receipt prints them negative. */
export const refundReceiptInputSchema = z.object({
  refundId: z.uuid(),
  originalSaleId: z.uuid(),
  originalReceiptNo: z.string().min(1),
  receiptNo: z.string().min(1),
  refundedAt: z.iso.datetime({ offset: true }),
  ...receiptContextFields,
  reason: z.string().optional(),
  lines: z.array(saleLineInputSchema).min(1),
  total: minorUnitsSchema.min(0),
  /** How the money went back to the customer. */
  tenders: z.array(tenderInputSchema).min(1),
});
export type RefundReceiptInput = z.input<typeof refundReceiptInputSchema>;

/** The receipt for a refund; its code scans back to the refund, which names the original sale. */
export function receiptFromRefund(input: RefundReceiptInput): ReceiptModel {
  const refund = parseInput(refundReceiptInputSchema, input, 'refund receipt');
  return receiptModelSchema.parse({
    kind: 'refund',
    currency: refund.currency,
    locale: refund.locale,
    store: { name: refund.store.name, lines: storeLines(refund.store) },
    logo: refund.logo ?? null,
    title: 'REFUND',
    details: [
      { label: 'Refund', value: refund.receiptNo, emphasis: false },
      { label: 'Original receipt', value: refund.originalReceiptNo, emphasis: false },
      { label: 'Date', value: formatReceiptDate(refund.refundedAt, refund.timeZone), emphasis: false },
      ...(refund.till ? [{ label: 'Till', value: refund.till, emphasis: false }] : []),
      ...(refund.cashier ? [{ label: 'Cashier', value: refund.cashier, emphasis: false }] : []),
      ...(refund.reason ? [{ label: 'Reason', value: refund.reason, emphasis: false }] : []),
    ],
    lines: receiptLines(refund.lines, -1),
    totals: totalRows(refund.lines, refund.total, 'REFUND TOTAL', -1),
    tenders: refund.tenders.map((t) => ({ label: `${tenderLabel(t)} refunded`, amount: -t.amount })),
    change: null,
    taxes: taxRows(refund.lines, refund.taxLabel, refund.locale, -1),
    loyalty: refund.loyalty ?? null,
    report: [],
    receiptNo: refund.receiptNo,
    documentId: refund.refundId,
    footer: refund.footer,
  } satisfies ReceiptModel);
}
