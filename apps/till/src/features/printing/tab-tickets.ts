import { receiptFromTicket, renderReceipt, routeTicketLines, type PrintJob, type TicketInput } from '@tillsafe/hardware';
import type { HardwareService } from './hardware-service';
import type { TillDevice } from './till-device';

/**
 * Where tab lines whose category no ticket printer prints go: the receipt printer, which stands
 * at the till where the bartender who rang them up is (a kitchen printer has no use for a gin
 * and tonic); without one, the first ticket printer. Undefined when this till has neither, and
 * no ticket can be printed.
 */
export function ticketFallbackPrinter(hardware: Pick<HardwareService, 'devices'>): TillDevice | undefined {
  const printers = hardware.devices();
  return printers.find((d) => d.role === 'receipt-printer') ?? printers.find((d) => d.role === 'ticket-printer');
}

/**
 * Bar and kitchen tickets for a tab's new lines: each line goes to the ticket printer that
 * prints its category (set on the printer in Printers & devices), anything else to the
 * fallback printer above, so no line is dropped. One job per printer, each laid out for that
 * printer's paper; none when this till has no printer at all.
 */
export function printTabTicket(hardware: HardwareService, ticket: TicketInput): PrintJob[] {
  const printers = hardware.devices();
  const ticketPrinters = printers.filter((d) => d.role === 'ticket-printer');
  const fallback = ticketFallbackPrinter(hardware);
  if (!fallback) return [];
  const routes: Record<string, string> = {};
  for (const printer of ticketPrinters) for (const categoryId of printer.categories) routes[categoryId] ??= printer.id;

  const jobs: PrintJob[] = [];
  for (const [printerId, lines] of routeTicketLines(ticket.lines, routes, fallback.id)) {
    const printer = printers.find((d) => d.id === printerId) ?? fallback;
    const station = printer.role === 'ticket-printer' ? printer.label : ticket.station;
    const rendered = renderReceipt(receiptFromTicket({ ...ticket, station, lines }), printer.profile);
    jobs.push(hardware.queue.enqueue({ printerId, kind: 'ticket', label: `Ticket ${ticket.ticketNo}: ${station}`, bytes: rendered.bytes, documentId: ticket.ticketId }));
  }
  return jobs;
}
