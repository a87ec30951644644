import { z } from 'zod';
import { currencySchema, minorUnitsSchema } from '@tillsafe/domain';
import { bitmapSchema } from './bitmap';

/**
 * One receipt model for everything the till prints: a sale, a refund, a shift report, a bar or
 * kitchen ticket. It holds what to say, not how: amounts stay integer minor units (signed; a
 * refund's are negative) and are formatted when laid out, so the preview and the paper come from
 * the same rows (render-text.ts) and the bytes from those rows (escpos.ts).
 */
export const receiptKinds = ['sale', 'refund', 'shift-report', 'ticket'] as const;
export const receiptKindSchema = z.enum(receiptKinds);
export type ReceiptKind = z.infer<typeof receiptKindSchema>;

const labelledAmount = z.object({ label: z.string().min(1), amount: minorUnitsSchema });

export const receiptDepositSchema = z.object({
  label: z.string().min(1),
  qty: z.int(),
  unitAmount: minorUnitsSchema,
  total: minorUnitsSchema,
});
export type ReceiptDeposit = z.infer<typeof receiptDepositSchema>;

export const receiptLineSchema = z.object({
  name: z.string().min(1),
  /** The pack sold ("Bottle 75 cl", "Case of 12"), or null for a plain item. */
  pack: z.string().nullable(),
  qty: z.int(),
  /** Null on tickets, which carry no prices. */
  unitPrice: minorUnitsSchema.nullable(),
  lineTotal: minorUnitsSchema.nullable(),
  /** The pricing rules that applied, each with its effect ("Mix 6 wines −10%", −720). */
  adjustments: z.array(labelledAmount),
  /** Free text under the line: kitchen notes, "no ice", a serial number. */
  notes: z.array(z.string()),
  /** Bottle deposits as sub-lines of the product they belong to. */
  deposits: z.array(receiptDepositSchema),
});
export type ReceiptLine = z.infer<typeof receiptLineSchema>;

export const receiptTotalSchema = labelledAmount.extend({ emphasis: z.boolean() });
export type ReceiptTotal = z.infer<typeof receiptTotalSchema>;

export const receiptTaxRowSchema = z.object({
  label: z.string().min(1),
  net: minorUnitsSchema,
  tax: minorUnitsSchema,
  gross: minorUnitsSchema,
});
export type ReceiptTaxRow = z.infer<typeof receiptTaxRowSchema>;

export const reportRowSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('money'), label: z.string().min(1), amount: minorUnitsSchema }),
  z.object({ type: z.literal('text'), label: z.string().min(1), text: z.string() }),
]);
export type ReportRow = z.infer<typeof reportRowSchema>;

export const receiptModelSchema = z.object({
  kind: receiptKindSchema,
  currency: currencySchema,
  /** BCP 47 locale the amounts are written in ("en-IE", "fr-FR"). */
  locale: z.string().min(2),
  store: z.object({ name: z.string().min(1), lines: z.array(z.string()) }),
  logo: bitmapSchema.nullable(),
  /** A heading under the store ("REFUND", "SHIFT REPORT", "BAR"). */
  title: z.string().nullable(),
  /** Label/value pairs: receipt number, date, cashier, till, table. */
  details: z.array(z.object({ label: z.string().min(1), value: z.string(), emphasis: z.boolean() })),
  lines: z.array(receiptLineSchema),
  totals: z.array(receiptTotalSchema),
  tenders: z.array(labelledAmount),
  change: minorUnitsSchema.nullable(),
  taxes: z.array(receiptTaxRowSchema),
  loyalty: z.object({ earned: z.int(), balance: z.int() }).nullable(),
  /** Sections of a shift report. */
  report: z.array(z.object({ heading: z.string().min(1), rows: z.array(reportRowSchema) })),
  receiptNo: z.string().min(1),
  /** The id the printed code scans back to (the sale id on a sale receipt), or null for none. */
  documentId: z.uuid().nullable(),
  footer: z.array(z.string()),
});
export type ReceiptModel = z.infer<typeof receiptModelSchema>;
