import { z } from 'zod';
import { currencySchema, minorUnitsSchema } from '@tillsafe/domain';
import { formatReceiptDate } from './date-text';
import { receiptModelSchema, type ReceiptModel, type ReportRow } from './receipt-model';
import { formatRate, parseInput, storeInputSchema, storeLines, tenderInputSchema, tenderLabel } from './receipt-input';

export const shiftReportInputSchema = z.object({
  shiftId: z.uuid(),
  reportNo: z.string().min(1),
  openedAt: z.iso.datetime({ offset: true }),
  closedAt: z.iso.datetime({ offset: true }),
  timeZone: z.string().default('UTC'),
  currency: currencySchema,
  locale: z.string().min(2).default('en-US'),
  store: storeInputSchema,
  till: z.string().optional(),
  cashier: z.string().optional(),
  sales: z.object({
    count: z.int().min(0),
    gross: minorUnitsSchema,
    refundCount: z.int().min(0).default(0),
    refunds: minorUnitsSchema.min(0).default(0),
    discounts: minorUnitsSchema.min(0).default(0),
  }),
  taxes: z.array(z.object({ rateBp: z.int().min(0).max(10_000), gross: minorUnitsSchema, tax: minorUnitsSchema })).default([]),
  tenders: z.array(tenderInputSchema).default([]),
  cash: z.object({
    opening: minorUnitsSchema,
    sales: minorUnitsSchema,
    refunds: minorUnitsSchema.default(0),
    payIns: minorUnitsSchema.default(0),
    payOuts: minorUnitsSchema.default(0),
    /** The blind count, or absent while the shift is still being counted. */
    counted: minorUnitsSchema.optional(),
  }),
  noSaleCount: z.int().min(0).default(0),
  taxLabel: z.string().min(1).default('VAT'),
  footer: z.array(z.string()).default([]),
});
export type ShiftReportInput = z.input<typeof shiftReportInputSchema>;

const money = (label: string, amount: number): ReportRow => ({ type: 'money', label, amount });
const text = (label: string, value: string): ReportRow => ({ type: 'text', label, text: value });

/** The end-of-shift report: sales, tenders, the cash drawer count and its difference. */
export function receiptFromShift(input: ShiftReportInput): ReceiptModel {
  const shift = parseInput(shiftReportInputSchema, input, 'shift report');
  const { cash } = shift;
  const expected = cash.opening + cash.sales - cash.refunds + cash.payIns - cash.payOuts;
  const drawer: ReportRow[] = [
    money('Opening float', cash.opening),
    money('Cash sales', cash.sales),
    money('Cash refunds', -cash.refunds),
    ...(cash.payIns ? [money('Pay-ins', cash.payIns)] : []),
    ...(cash.payOuts ? [money('Pay-outs', -cash.payOuts)] : []),
    money('Expected in drawer', expected),
    ...(cash.counted === undefined
      ? [text('Counted', 'not counted yet')]
      : [money('Counted', cash.counted), money('Difference', cash.counted - expected)]),
  ];
  return receiptModelSchema.parse({
    kind: 'shift-report',
    currency: shift.currency,
    locale: shift.locale,
    store: { name: shift.store.name, lines: storeLines(shift.store) },
    logo: null,
    title: 'SHIFT REPORT',
    details: [
      { label: 'Report', value: shift.reportNo, emphasis: false },
      ...(shift.till ? [{ label: 'Till', value: shift.till, emphasis: false }] : []),
      ...(shift.cashier ? [{ label: 'Cashier', value: shift.cashier, emphasis: false }] : []),
      { label: 'Opened', value: formatReceiptDate(shift.openedAt, shift.timeZone), emphasis: false },
      { label: 'Closed', value: formatReceiptDate(shift.closedAt, shift.timeZone), emphasis: false },
    ],
    lines: [],
    totals: [],
    tenders: [],
    change: null,
    taxes: shift.taxes.map((t) => ({
      label: `${shift.taxLabel} ${formatRate(t.rateBp, shift.locale)}`,
      net: t.gross - t.tax,
      tax: t.tax,
      gross: t.gross,
    })),
    loyalty: null,
    report: [
      {
        heading: 'Sales',
        rows: [
          text('Sales', String(shift.sales.count)),
          money('Gross sales', shift.sales.gross),
          ...(shift.sales.discounts ? [money('Discounts', -shift.sales.discounts)] : []),
          text('Refunds', String(shift.sales.refundCount)),
          money('Refunded', -shift.sales.refunds),
          money('Net sales', shift.sales.gross - shift.sales.refunds),
        ],
      },
      ...(shift.tenders.length ? [{ heading: 'Tenders', rows: shift.tenders.map((t) => money(tenderLabel(t), t.amount)) }] : []),
      { heading: 'Cash drawer', rows: drawer },
      { heading: 'Drawer', rows: [text('Opened without sale', String(shift.noSaleCount))] },
    ],
    receiptNo: shift.reportNo,
    documentId: null,
    footer: shift.footer,
  } satisfies ReceiptModel);
}
