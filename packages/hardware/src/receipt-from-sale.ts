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

export const saleReceiptInputSchema = z.object({
  saleId: z.uuid(),
  receiptNo: z.string().min(1),
  soldAt: z.iso.datetime({ offset: true }),
  ...receiptContextFields,
  customer: z.string().optional(),
  lines: z.array(saleLineInputSchema).min(1),
  total: minorUnitsSchema,
  tenders: z.array(tenderInputSchema).min(1),
  change: minorUnitsSchema.min(0).default(0),
});
export type SaleReceiptInput = z.input<typeof saleReceiptInputSchema>;

/** The receipt for a completed sale; its code scans back to the sale id for returns. */
export function receiptFromSale(input: SaleReceiptInput): ReceiptModel {
  const sale = parseInput(saleReceiptInputSchema, input, 'sale receipt');
  const details = [
    { label: 'Receipt', value: sale.receiptNo, emphasis: false },
    { label: 'Date', value: formatReceiptDate(sale.soldAt, sale.timeZone), emphasis: false },
    ...(sale.till ? [{ label: 'Till', value: sale.till, emphasis: false }] : []),
    ...(sale.cashier ? [{ label: 'Cashier', value: sale.cashier, emphasis: false }] : []),
    ...(sale.customer ? [{ label: 'Customer', value: sale.customer, emphasis: false }] : []),
  ];
  return receiptModelSchema.parse({
    kind: 'sale',
    currency: sale.currency,
    locale: sale.locale,
    store: { name: sale.store.name, lines: storeLines(sale.store) },
    logo: sale.logo ?? null,
    title: null,
    details,
    lines: receiptLines(sale.lines, 1),
    totals: totalRows(sale.lines, sale.total, 'TOTAL', 1),
    tenders: sale.tenders.map((t) => ({ label: tenderLabel(t), amount: t.amount })),
    change: sale.tenders.some((t) => t.kind === 'cash') || sale.change > 0 ? sale.change : null,
    taxes: taxRows(sale.lines, sale.taxLabel, sale.locale, 1),
    loyalty: sale.loyalty ?? null,
    report: [],
    receiptNo: sale.receiptNo,
    documentId: sale.saleId,
    footer: sale.footer,
  } satisfies ReceiptModel);
}
