import { z } from 'zod';
import { currencySchema, minorUnitsSchema } from '@tillsafe/domain';
import { bitmapSchema } from './bitmap';
import { HardwareError, hardwareErrorCodes } from './errors';

/**
 * Input shapes the builders accept. They stay local to this package and look like a sale with
 * lines and tenders in integer minor units; the till maps its SaleRecord onto them.
 */
export const storeInputSchema = z.object({
  name: z.string().min(1),
  addressLines: z.array(z.string()).default([]),
  phone: z.string().optional(),
  taxId: z.string().optional(),
});
export type StoreInput = z.input<typeof storeInputSchema>;

export const depositInputSchema = z.object({
  label: z.string().min(1),
  qty: z.int().min(1),
  unitAmount: minorUnitsSchema.min(0),
  total: minorUnitsSchema.min(0),
  taxRateBp: z.int().min(0).max(10_000).default(0),
  /** Tax contained in the deposit total. */
  tax: minorUnitsSchema.min(0).default(0),
});

export const saleLineInputSchema = z.object({
  name: z.string().min(1),
  packName: z.string().optional(),
  qty: z.int().min(1),
  unitPrice: minorUnitsSchema,
  /** The line total after the pricing rules below. */
  lineTotal: minorUnitsSchema,
  taxRateBp: z.int().min(0).max(10_000),
  /** Tax contained in the tax-inclusive line total. */
  tax: minorUnitsSchema,
  adjustments: z.array(z.object({ label: z.string().min(1), amount: minorUnitsSchema })).default([]),
  deposits: z.array(depositInputSchema).default([]),
});
export type SaleLineInput = z.input<typeof saleLineInputSchema>;
type ParsedSaleLine = z.output<typeof saleLineInputSchema>;

export const tenderKinds = ['cash', 'card', 'mobile', 'voucher', 'gift-card', 'account'] as const;
export const tenderInputSchema = z.object({
  kind: z.enum(tenderKinds),
  /** Overrides the default label ("Visa •••• 4242"). */
  label: z.string().min(1).optional(),
  amount: minorUnitsSchema.min(0),
});
export type TenderInput = z.input<typeof tenderInputSchema>;

const tenderLabels: Record<(typeof tenderKinds)[number], string> = {
  cash: 'Cash',
  card: 'Card',
  mobile: 'Mobile money',
  voucher: 'Voucher',
  'gift-card': 'Gift card',
  account: 'On account',
};

/**
 * What every customer receipt (sale or refund) says about where and by whom it was made, in the
 * channel's language and money: spread into each receipt's input schema.
 */
export const receiptContextFields = {
  /** IANA zone the store's clock reads in ("Europe/Paris"). */
  timeZone: z.string().default('UTC'),
  currency: currencySchema,
  locale: z.string().min(2).default('en-US'),
  store: storeInputSchema,
  logo: bitmapSchema.optional(),
  cashier: z.string().optional(),
  till: z.string().optional(),
  loyalty: z.object({ earned: z.int(), balance: z.int() }).optional(),
  /** What the tax is called on this channel's receipts ("VAT", "GST", "MwSt"). */
  taxLabel: z.string().min(1).default('VAT'),
  /** The channel's footer ("Thank you", returns policy, opening hours). */
  footer: z.array(z.string()).default([]),
};

export function tenderLabel(tender: z.output<typeof tenderInputSchema>): string {
  return tender.label ?? tenderLabels[tender.kind];
}

/** Parses builder input, turning zod's issues into an INVALID_INPUT HardwareError. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    throw new HardwareError(hardwareErrorCodes.INVALID_INPUT, `The ${what} cannot be printed: ${z.prettifyError(parsed.error)}`, parsed.error.issues);
  }
  return parsed.data;
}

export function storeLines(store: z.output<typeof storeInputSchema>): string[] {
  return [...store.addressLines, ...(store.phone ? [`Tel ${store.phone}`] : []), ...(store.taxId ? [`VAT no ${store.taxId}`] : [])];
}

/** "20%" / "5.5%" in the receipt's locale. */
export function formatRate(rateBp: number, locale: string): string {
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(rateBp / 100)}%`;
}

/**
 * The tax summary: one row per rate over lines and their deposits, highest rate first.
 * `sign` is −1 on a refund, so the summary reads as money going back.
 */
export function taxRows(lines: readonly ParsedSaleLine[], label: string, locale: string, sign: 1 | -1) {
  const byRate = new Map<number, { gross: number; tax: number }>();
  const add = (rateBp: number, gross: number, tax: number) => {
    const row = byRate.get(rateBp) ?? { gross: 0, tax: 0 };
    byRate.set(rateBp, { gross: row.gross + gross, tax: row.tax + tax });
  };
  for (const line of lines) {
    add(line.taxRateBp, line.lineTotal, line.tax);
    for (const deposit of line.deposits) add(deposit.taxRateBp, deposit.total, deposit.tax);
  }
  return [...byRate.entries()]
    .sort(([a], [b]) => b - a)
    .map(([rateBp, { gross, tax }]) => ({
      label: `${label} ${formatRate(rateBp, locale)}`,
      net: sign * (gross - tax),
      tax: sign * tax,
      gross: sign * gross,
    }));
}

/** Sale lines as receipt lines; `sign` is −1 on a refund. */
export function receiptLines(lines: readonly ParsedSaleLine[], sign: 1 | -1) {
  return lines.map((line) => ({
    name: line.name,
    pack: line.packName ?? null,
    qty: line.qty,
    unitPrice: line.unitPrice,
    lineTotal: sign * line.lineTotal,
    adjustments: line.adjustments.map((a) => ({ label: a.label, amount: sign * a.amount })),
    notes: [],
    deposits: line.deposits.map((d) => ({ label: d.label, qty: d.qty, unitAmount: d.unitAmount, total: sign * d.total })),
  }));
}

/** Subtotal and deposits rows (only when there are deposits), then rounding if the total differs. */
export function totalRows(lines: readonly ParsedSaleLine[], total: number, totalLabel: string, sign: 1 | -1) {
  const goods = lines.reduce((sum, l) => sum + l.lineTotal, 0);
  const deposits = lines.reduce((sum, l) => sum + l.deposits.reduce((s, d) => s + d.total, 0), 0);
  const rows: { label: string; amount: number; emphasis: boolean }[] = [];
  if (deposits !== 0) {
    rows.push({ label: 'Subtotal', amount: sign * goods, emphasis: false });
    rows.push({ label: 'Deposits', amount: sign * deposits, emphasis: false });
  }
  const rounding = total - goods - deposits;
  if (rounding !== 0) rows.push({ label: 'Rounding', amount: sign * rounding, emphasis: false });
  rows.push({ label: totalLabel, amount: sign * total, emphasis: true });
  return rows;
}
