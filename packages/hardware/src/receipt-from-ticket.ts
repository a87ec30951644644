import { z } from 'zod';
import { currencySchema } from '@tillsafe/domain';
import { formatReceiptDate } from './date-text';
import { receiptModelSchema, type ReceiptModel } from './receipt-model';
import { parseInput } from './receipt-input';

export const ticketLineInputSchema = z.object({
  name: z.string().min(1),
  packName: z.string().optional(),
  qty: z.int().min(1),
  notes: z.array(z.string()).default([]),
  /** The product's category; ticket routing sends the line to that category's printer. */
  categoryId: z.string().optional(),
  /**
   * Takes back what an earlier ticket asked for (the line was voided, or its quantity lowered,
   * after it was sent): printed as "VOID" so the bar or kitchen stops making `qty` of it.
   */
  void: z.boolean().default(false),
});
export type TicketLineInput = z.input<typeof ticketLineInputSchema>;

export const ticketInputSchema = z.object({
  ticketId: z.uuid(),
  ticketNo: z.string().min(1),
  /** Where it is made: "Bar", "Kitchen". */
  station: z.string().min(1),
  table: z.string().optional(),
  tab: z.string().optional(),
  server: z.string().optional(),
  createdAt: z.iso.datetime({ offset: true }),
  timeZone: z.string().default('UTC'),
  currency: currencySchema,
  locale: z.string().min(2).default('en-US'),
  storeName: z.string().min(1),
  lines: z.array(ticketLineInputSchema).min(1),
  note: z.string().optional(),
});
export type TicketInput = z.input<typeof ticketInputSchema>;

/** What a void line says on paper, in front of the product's name: "2 x VOID Pint". */
export const VOID_MARK = 'VOID';

/** A bar or kitchen ticket for a tab: what to make, for which table, without prices. */
export function receiptFromTicket(input: TicketInput): ReceiptModel {
  const ticket = parseInput(ticketInputSchema, input, 'ticket');
  return receiptModelSchema.parse({
    kind: 'ticket',
    currency: ticket.currency,
    locale: ticket.locale,
    store: { name: ticket.storeName, lines: [] },
    logo: null,
    title: ticket.station.toUpperCase(),
    details: [
      ...(ticket.table ? [{ label: 'Table', value: ticket.table, emphasis: true }] : []),
      ...(ticket.tab ? [{ label: 'Tab', value: ticket.tab, emphasis: true }] : []),
      { label: 'Ticket', value: ticket.ticketNo, emphasis: false },
      { label: 'Time', value: formatReceiptDate(ticket.createdAt, ticket.timeZone), emphasis: false },
      ...(ticket.server ? [{ label: 'Server', value: ticket.server, emphasis: false }] : []),
    ],
    lines: ticket.lines.map((line) => ({
      name: line.void ? `${VOID_MARK} ${line.name}` : line.name,
      pack: line.packName ?? null,
      qty: line.qty,
      unitPrice: null,
      lineTotal: null,
      adjustments: [],
      notes: line.notes,
      deposits: [],
    })),
    totals: [],
    tenders: [],
    change: null,
    taxes: [],
    loyalty: null,
    report: [],
    receiptNo: ticket.ticketNo,
    documentId: null,
    footer: ticket.note ? [ticket.note] : [],
  } satisfies ReceiptModel);
}
