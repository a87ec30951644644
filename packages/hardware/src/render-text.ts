import { z } from 'zod';
import type { Bitmap } from './bitmap';
import { formatAmount, formatTotal } from './money-text';
import { columnsFor, type PaperWidth } from './paper';
import type { ReceiptLine, ReceiptModel, ReceiptTaxRow } from './receipt-model';
import { saleIdToDigits } from './sale-code';
import { center, padLeft, padRight, printable, spread, width, wrap } from './text-columns';

/**
 * Lays a receipt model out as rows for one paper width. The on-screen preview draws these rows
 * and escpos.ts prints these rows, so what the cashier sees is what comes out of the printer:
 * every text row is already cut to the column count, aligned with spaces and free of characters
 * a printer code page cannot show. Bold and tall (double height) keep the column count.
 */
export type LayoutRow =
  | { type: 'text'; text: string; bold: boolean; tall: boolean }
  | { type: 'logo'; bitmap: Bitmap }
  | { type: 'code128'; digits: string }
  | { type: 'qr'; data: string };

export interface ReceiptLayout {
  paper: PaperWidth;
  columns: number;
  rows: LayoutRow[];
}

/** auto: CODE128 on 80 mm, QR on 58 mm (where a sale id's CODE128 cannot fit; see sale-code.ts). */
export const saleCodeStyles = ['auto', 'code128', 'qr', 'none'] as const;
export const saleCodeStyleSchema = z.enum(saleCodeStyles);
export type SaleCodeStyle = z.infer<typeof saleCodeStyleSchema>;

export interface LayoutOptions {
  paper: PaperWidth;
  saleCode?: SaleCodeStyle;
  /** Marks a reprint, which some tax offices require. */
  copy?: boolean;
}

const text = (value: string, style: { bold?: boolean; tall?: boolean } = {}): LayoutRow => ({
  type: 'text',
  text: value.trimEnd(),
  bold: style.bold ?? false,
  tall: style.tall ?? false,
});

export function layoutReceipt(model: ReceiptModel, options: LayoutOptions): ReceiptLayout {
  const columns = columnsFor[options.paper];
  const amount = (minor: number) => formatAmount(minor, model.currency, model.locale);
  const total = (minor: number) => formatTotal(minor, model.currency, model.locale);
  const count = (n: number) => printable(new Intl.NumberFormat(model.locale).format(n));
  const rule = text('-'.repeat(columns));
  const rows: LayoutRow[] = [];
  const push = (lines: readonly string[], style: { bold?: boolean; tall?: boolean } = {}) => {
    for (const line of lines) rows.push(text(line, style));
  };
  const centered = (value: string) => wrap(printable(value), columns).map((l) => center(l, columns));

  if (model.logo) rows.push({ type: 'logo', bitmap: model.logo });
  push(centered(model.store.name), { bold: true, tall: true });
  for (const line of model.store.lines) push(centered(line));
  push(['']);
  if (model.title) push(centered(model.title), { bold: true, tall: true });
  if (options.copy) push(centered('*** COPY ***'), { bold: true });
  for (const detail of model.details) {
    push(spread(printable(detail.label), printable(detail.value), columns), { bold: detail.emphasis, tall: detail.emphasis });
  }

  if (model.lines.length) {
    rows.push(rule);
    for (const line of model.lines) rows.push(...lineRows(line, columns, amount));
  }

  if (model.totals.length) {
    rows.push(rule);
    for (const row of model.totals) {
      push(spread(printable(row.label), row.emphasis ? total(row.amount) : amount(row.amount), columns), { bold: row.emphasis, tall: row.emphasis });
    }
  }

  if (model.tenders.length || model.change !== null) {
    rows.push(rule);
    for (const tender of model.tenders) push(spread(printable(tender.label), total(tender.amount), columns));
    if (model.change !== null) push(spread('Change', total(model.change), columns), { bold: true });
  }

  for (const section of model.report) {
    rows.push(rule);
    push([printable(section.heading)], { bold: true });
    for (const row of section.rows) {
      push(spread(printable(row.label), row.type === 'money' ? total(row.amount) : printable(row.text), columns, 2));
    }
  }

  if (model.taxes.length) {
    rows.push(rule);
    push(taxTable(model.taxes, columns, amount));
  }

  if (model.loyalty) {
    rows.push(rule);
    push(spread('Loyalty points earned', count(model.loyalty.earned), columns));
    push(spread('Loyalty balance', count(model.loyalty.balance), columns));
  }

  const code = model.documentId ? saleCode(options.saleCode ?? 'auto', options.paper) : 'none';
  if (model.documentId && code !== 'none') {
    push(['']);
    rows.push(code === 'code128' ? { type: 'code128', digits: saleIdToDigits(model.documentId) } : { type: 'qr', data: model.documentId });
    push(centered(model.receiptNo));
  }

  if (model.footer.length) {
    push(['']);
    for (const line of model.footer) push(centered(line));
  }
  return { paper: options.paper, columns, rows };
}

function saleCode(style: SaleCodeStyle, paper: PaperWidth): 'code128' | 'qr' | 'none' {
  if (style === 'none' || style === 'qr') return style;
  return paper === '80mm' ? 'code128' : 'qr';
}

function lineRows(line: ReceiptLine, columns: number, amount: (minor: number) => string): LayoutRow[] {
  const rows: LayoutRow[] = [];
  const name = printable(line.name);
  if (line.lineTotal === null) {
    // A ticket: big quantities and names for the bar or kitchen, no prices.
    for (const l of wrap(`${line.qty} x ${name}`, columns)) rows.push(text(l, { bold: true, tall: true }));
    if (line.pack) rows.push(text(`   ${printable(line.pack)}`));
  } else {
    for (const l of spread(name, amount(line.lineTotal), columns)) rows.push(text(l));
    const detail = [
      ...(line.qty !== 1 ? [`${line.qty} x`] : []),
      ...(line.pack ? [printable(line.pack)] : []),
      ...(line.qty !== 1 && line.unitPrice !== null ? [`@ ${amount(line.unitPrice)}`] : []),
    ].join(' ');
    if (detail) for (const l of wrap(detail, columns - 2)) rows.push(text(`  ${l}`));
  }
  for (const adjustment of line.adjustments) {
    for (const l of spread(printable(adjustment.label), amount(adjustment.amount), columns, 2)) rows.push(text(l));
  }
  for (const deposit of line.deposits) {
    const label = `+ ${printable(deposit.label)} ${deposit.qty} x ${amount(deposit.unitAmount)}`;
    for (const l of spread(label, amount(deposit.total), columns, 2)) rows.push(text(l));
  }
  for (const note of line.notes) {
    for (const l of wrap(`> ${printable(note)}`, columns - 2)) rows.push(text(`  ${l}`, { bold: line.lineTotal === null }));
  }
  return rows;
}

/** Rate, net, tax, gross in columns; on paper too narrow for that, two lines per rate. */
function taxTable(taxes: readonly ReceiptTaxRow[], columns: number, amount: (minor: number) => string): string[] {
  const header = ['Rate', 'Net', 'Tax', 'Gross'] as const;
  const cells = taxes.map((t) => [printable(t.label), amount(t.net), amount(t.tax), amount(t.gross)] as const);
  const widths = ([1, 2, 3] as const).map((i) => Math.max(width(header[i]), ...cells.map((c) => width(c[i]))));
  const labelWidth = columns - widths.reduce((sum, w) => sum + w + 1, 0);
  if (labelWidth >= Math.max(width(header[0]), ...cells.map((c) => width(c[0])))) {
    const row = (c: readonly [string, string, string, string]) =>
      padRight(c[0], labelWidth) + ([1, 2, 3] as const).map((i) => ' ' + padLeft(c[i], widths[i - 1] ?? 0)).join('');
    return [row(header), ...cells.map(row)];
  }
  return cells.flatMap((c) => [...spread(c[0], c[3], columns), ...spread('incl. tax', c[2], columns, 2)]);
}

/** The layout as plain text, for logs, tests and a text-only preview. */
export function layoutToText(layout: ReceiptLayout): string {
  return layout.rows
    .map((row) => {
      switch (row.type) {
        case 'text':
          return row.text;
        case 'logo':
          return center(`[logo ${row.bitmap.width}x${row.bitmap.height}]`, layout.columns);
        case 'code128':
          return center('[CODE128]', layout.columns);
        case 'qr':
          return center('[QR]', layout.columns);
      }
    })
    .join('\n');
}
