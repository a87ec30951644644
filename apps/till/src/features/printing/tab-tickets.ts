import { receiptFromTicket, renderReceipt, routeTicketLines, type PrintJob, type TicketInput } from '@tillsafe/hardware';
import type { HardwareService } from './hardware-service';

/**
 * Bar and kitchen tickets for a tab's new lines: each line goes to the ticket printer that
 * prints its category (set on the printer in Printers & devices), anything else to the first
 * ticket printer or, without one, the receipt printer, so no line is dropped. One job per
 * printer, each laid out for that printer's paper.
 */
export function printTabTicket(hardware: HardwareService, ticket: TicketInput): PrintJob[] {
  const printers = hardware.devices();
  const ticketPrinters = printers.filter((d) => d.role === 'ticket-printer');
  const fallback = ticketPrinters[0] ?? printers.find((d) => d.role === 'receipt-printer');
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
