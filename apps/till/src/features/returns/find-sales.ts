import { formatReceiptNumber, parseReceiptScan } from '@tillsafe/domain';
import type { SaleRow } from '../../db/rows';
import type { TillDb } from '../../db/till-db';

/**
 * Finding a sale to refund among the sales this till holds (its own, and those of its store it
 * pulled): by the receipt — its barcode scanned (the sale id) or its number typed, e.g.
 * CC-03-000142 — or, without one, by the day and the customer. Receipt number and customer are
 * indexed (schema version 8), so a till with a year of sales still answers at once.
 */
export type SaleSearch =
  | { kind: 'receipt'; text: string }
  /** A day as YYYY-MM-DD on the till's clock and/or part of a customer's name or phone. */
  | { kind: 'details'; day: string; customer: string };

/** How a search was understood, to ask the server the same question when nothing is found here. */
export type SaleQuery = { saleId: string } | { receiptNo: string } | { from: string; to: string; customerIds: string[] | undefined; customer: string };

export type SaleSearchOutcome = { ok: true; query: SaleQuery; sales: SaleRow[] } | { ok: false; message: string };

/** At most this many sales for a day or a customer, newest first. */
export const SALES_SHOWN = 50;

export async function findSales(db: TillDb, search: SaleSearch): Promise<SaleSearchOutcome> {
  if (search.kind === 'receipt') {
    const scan = parseReceiptScan(search.text);
    if (!scan.ok) return { ok: false, message: scan.error.message };
    if (scan.value.kind === 'sale_id') {
      const sale = await db.sales.get(scan.value.saleId);
      return { ok: true, query: { saleId: scan.value.saleId }, sales: sale ? [sale] : [] };
    }
    const receiptNo = formatReceiptNumber(scan.value.receipt);
    return { ok: true, query: { receiptNo }, sales: await db.sales.where('receiptNo').equals(receiptNo).toArray() };
  }
  const day = search.day.trim();
  const customer = search.customer.trim();
  if (!day && !customer) return { ok: false, message: 'Pick a day or type a customer’s name to look for their sales.' };
  const range = day ? dayRange(day) : undefined;
  if (day && !range) return { ok: false, message: `"${day}" is not a day.` };
  const customerIds = customer ? await customersMatching(db, customer) : undefined;
  const query: SaleQuery = { from: range?.from ?? '', to: range?.to ?? '', customerIds, customer };
  if (customerIds?.length === 0) return { ok: true, query, sales: [] };
  const inDay = (sale: SaleRow) => !range || (sale.soldAt >= range.from && sale.soldAt < range.to);
  const sales = customerIds
    ? (await db.sales.where('customerId').anyOf(customerIds).toArray()).filter(inDay)
    : await db.sales.where('soldAt').between(range!.from, range!.to, true, false).toArray();
  sales.sort((a, b) => (a.soldAt < b.soldAt ? 1 : a.soldAt > b.soldAt ? -1 : 0));
  return { ok: true, query, sales: sales.slice(0, SALES_SHOWN) };
}

/** The till's day as the UTC instants sales are stored with: [from, to). */
export function dayRange(day: string): { from: string; to: string } | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return undefined;
  const [year, month, date] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const start = new Date(year, month, date);
  if (start.getFullYear() !== year || start.getMonth() !== month || start.getDate() !== date) return undefined;
  return { from: start.toISOString(), to: new Date(year, month, date + 1).toISOString() };
}

/** Customers whose name holds the text (any case), or whose phone holds its digits. */
async function customersMatching(db: TillDb, text: string): Promise<string[]> {
  const lower = text.toLowerCase();
  const digits = text.replace(/\D/g, '');
  return db.customers.filter((c) => c.name.toLowerCase().includes(lower) || (digits.length >= 4 && (c.phone ?? '').replace(/\D/g, '').includes(digits))).primaryKeys();
}

/** Where a search found nothing: on this till (it cannot ask the server), on this till while offline, or anywhere. */
export type NotFoundWhere = 'till' | 'offline' | 'anywhere';

/**
 * What the cashier reads when a search finds no sale. Offline, a till that knows its history
 * window says how far back it keeps its store's sales, so an older receipt is understood to be
 * on the server, not lost.
 */
export function notFoundMessage(search: SaleSearch, where: NotFoundWhere, historyDays?: number): string {
  const what = nothingFor(search);
  if (where === 'anywhere') return `${what}, on this till or on the server.`;
  if (where === 'till') return `${what} on this till.`;
  const kept = historyDays === undefined ? '' : ` (it keeps its store’s sales of the last ${historyDays} days; older ones are on the server)`;
  return `${what} on this till${kept}, and the till is offline, so the server cannot be asked. Try again once it is back online.`;
}

function nothingFor(search: SaleSearch): string {
  if (search.kind === 'receipt') return `No sale has the receipt "${search.text.trim()}"`;
  const day = search.day.trim();
  const customer = search.customer.trim();
  if (day && customer) return `No sale on ${day} for a customer matching "${customer}"`;
  return day ? `No sale on ${day}` : `No sale for a customer matching "${customer}"`;
}
