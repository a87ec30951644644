import type { PrintJob, TicketLineInput } from '@tillsafe/hardware';
import { uuidv7, type ProductRecord } from '@tillsafe/sync';
import type { TillDb } from '../../db/till-db';
import { tillShortCode } from '../payment/complete-cash-sale';
import type { HardwareService } from '../printing/hardware-service';
import { printTabTicket, ticketFallbackPrinter } from '../printing/tab-tickets';
import { parseTabTickets, pendingTicketLines, sentLines, ticketNumber, type PendingTicketLine, type TabTicket } from './tab-ticket-state';

export const tabTicketErrorCodes = {
  NO_TICKET_PRINTER: 'NO_TICKET_PRINTER',
  NOTHING_TO_SEND: 'NOTHING_TO_SEND',
  TAB_NOT_FOUND: 'TAB_NOT_FOUND',
  TICKET_NOT_PRINTED: 'TICKET_NOT_PRINTED',
} as const;
export type TabTicketErrorCode = (typeof tabTicketErrorCodes)[keyof typeof tabTicketErrorCodes];

export type SendTicketResult =
  | { ok: true; ticket: TabTicket; jobs: PrintJob[] }
  | { ok: false; error: { code: TabTicketErrorCode; message: string } };

export interface SendTicketContext {
  deviceId: string;
  /** The signed-in staff member, printed as the server. */
  server: string;
  store: { name: string; currency: string; locale: string };
  products: ReadonlyMap<string, ProductRecord>;
  timeZone: string;
  now?: () => Date;
}

const refuse = (code: TabTicketErrorCode, message: string): SendTicketResult => ({ ok: false, error: { code, message } });

/**
 * This till's tickets for a tab, including those sent while its lines were on the tab they were
 * meant for (a line rung up on a tab another till had closed moves to a new tab; it was sent
 * under the old one).
 */
export async function loadTabTickets(db: TillDb, tabId: string, movedFrom: readonly (string | null)[] = []): Promise<TabTicket[]> {
  const tabIds = [...new Set([tabId, ...movedFrom.filter((id): id is string => id !== null)])];
  return parseTabTickets(await db.tabTickets.where('tabId').anyOf(tabIds).toArray());
}

/**
 * Sends what the bar and kitchen have not heard yet: new lines, raised quantities (only the
 * difference) and voids of sent lines, as one ticket split by category over the printers
 * (printTabTicket). The ticket is queued before it is recorded as sent, so a reload in between
 * can print it twice but never loses it; a printer that fails leaves the job waiting in the
 * print queue, which retries, and the lines count as sent. Without any printer nothing is
 * recorded and the bartender is told.
 */
export async function sendTabTicket(db: TillDb, hardware: HardwareService, tabId: string, context: SendTicketContext): Promise<SendTicketResult> {
  const tab = await db.tabs.get(tabId);
  if (!tab) return refuse('TAB_NOT_FOUND', 'This tab is not on this till.');
  const lines = await db.tabLines.where('tabId').equals(tabId).toArray();
  const tickets = await loadTabTickets(db, tabId, lines.map((l) => l.movedFrom));
  const pending = pendingTicketLines(lines, sentLines(tickets), context.deviceId);
  if (pending.length === 0) return refuse('NOTHING_TO_SEND', 'Everything rung up on this till for this tab has been sent.');
  if (!ticketFallbackPrinter(hardware)) {
    return refuse('NO_TICKET_PRINTER', 'No ticket printer is set up on this till, so nothing was sent. Add a bar / kitchen printer in Printers & devices.');
  }

  const sentAt = (context.now ?? (() => new Date()))();
  const ticketId = uuidv7(sentAt.getTime());
  const ticketNo = ticketNumber(tillShortCode(context.deviceId), (await db.tabTickets.count()) + 1);
  let jobs: PrintJob[];
  try {
    jobs = printTabTicket(hardware, {
      ticketId,
      ticketNo,
      station: 'Bar',
      ...(tab.tableNo ? { table: tab.tableNo } : {}),
      ...(tab.name.trim() ? { tab: tab.name.trim() } : {}),
      server: context.server,
      createdAt: sentAt.toISOString(),
      timeZone: context.timeZone,
      currency: context.store.currency,
      locale: context.store.locale,
      storeName: context.store.name,
      lines: pending.map((p) => ticketLine(p, context.products)),
    });
  } catch (error) {
    return refuse('TICKET_NOT_PRINTED', `Ticket ${ticketNo} could not be laid out, so nothing was sent: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (jobs.length === 0) return refuse('NO_TICKET_PRINTER', 'No ticket printer is set up on this till, so nothing was sent. Add a bar / kitchen printer in Printers & devices.');

  const ticket: TabTicket = {
    id: ticketId,
    tabId,
    ticketNo,
    sentAt: sentAt.toISOString(),
    lines: pending.map((p) => ({ lineId: p.line.id, qty: p.void ? -p.qty : p.qty })),
    jobIds: jobs.map((j) => j.id),
  };
  await db.tabTickets.add(ticket);
  return { ok: true, ticket, jobs };
}

function ticketLine({ line, qty, void: isVoid }: PendingTicketLine, products: ReadonlyMap<string, ProductRecord>): TicketLineInput {
  const product = products.get(line.productId);
  const pack = product?.packs.find((p) => p.id === line.packId);
  return {
    name: product?.name ?? 'Product no longer in the catalog',
    ...(pack ? { packName: pack.name } : {}),
    qty,
    void: isVoid,
    notes: line.notes.trim() ? [line.notes.trim()] : [],
    ...(product ? { categoryId: product.categoryId } : {}),
  };
}
