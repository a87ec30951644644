import type { TabLineRecord } from '@tillsafe/sync';
import { z } from 'zod';

/**
 * What this till has sent to the bar and kitchen for a tab, and what it still has to send.
 *
 * "Sent" is kept per till, in the till's own `tabTickets` table, not synced: the ticket printers
 * are paired to this till (Printers & devices) and the tickets sit in this till's print queue,
 * so whether a line was sent is a fact about this till. The till that rang a line up sends it;
 * another till showing the same tab leaves that line to its own till, rather than guessing and
 * making the bar pour a round twice. A quantity changed or a void made on any till reaches the
 * owning till by sync, and its next ticket carries the difference.
 *
 * Each ticket is stored once and never edited: per line, the quantity it asked for (negative
 * for a VOID). What a line has been sent is the sum over the tab's tickets.
 */
export const tabTicketLineSchema = z.object({
  lineId: z.uuid(),
  qty: z.int().refine((qty) => qty !== 0, 'A ticket line asks for at least one, or voids at least one.'),
});

export const tabTicketSchema = z.object({
  id: z.uuid(),
  tabId: z.uuid(),
  ticketNo: z.string().min(1),
  sentAt: z.iso.datetime(),
  lines: z.array(tabTicketLineSchema).min(1),
  /** The print jobs it went out as, one per printer (they show in the print queue). */
  jobIds: z.array(z.string()),
});
export type TabTicket = z.infer<typeof tabTicketSchema>;

/** Stored tickets as read back from Dexie; a row that does not parse is left out, not trusted. */
export function parseTabTickets(rows: readonly unknown[]): TabTicket[] {
  return rows.flatMap((row) => {
    const parsed = tabTicketSchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
}

export interface SentLine {
  /** How many the bar or kitchen has been asked to make and not told to void. */
  qty: number;
  /** When the last ticket with this line went out. */
  at: string;
}

export function sentLines(tickets: readonly TabTicket[]): Map<string, SentLine> {
  const sent = new Map<string, SentLine>();
  for (const ticket of [...tickets].sort((a, b) => a.sentAt.localeCompare(b.sentAt))) {
    for (const line of ticket.lines) sent.set(line.lineId, { qty: (sent.get(line.lineId)?.qty ?? 0) + line.qty, at: ticket.sentAt });
  }
  return sent;
}

/** How a line stands with the bar or kitchen, as the tab shows it. */
export type LineSendState =
  /** Rung up here, nothing sent yet. */
  | { kind: 'not-sent'; qty: number }
  /** Sent, and the ticket still matches the line. */
  | { kind: 'sent'; at: string }
  /** Sent, then raised (`qty` > 0 more to make) or lowered or voided (`qty` < 0 to void). */
  | { kind: 'changed'; at: string; qty: number }
  /** Rung up on another till, which sends it. */
  | { kind: 'other-till' }
  /** Voided before it was ever sent: nothing for the bar to hear. */
  | { kind: 'none' };

export function lineSendState(line: TabLineRecord, sent: SentLine | undefined, deviceId: string): LineSendState {
  if (line.addedBy !== deviceId) return { kind: 'other-till' };
  const wanted = line.voided ? 0 : line.qty;
  const asked = sent?.qty ?? 0;
  if (!sent || asked === 0) return wanted === 0 ? { kind: 'none' } : { kind: 'not-sent', qty: wanted };
  return wanted === asked ? { kind: 'sent', at: sent.at } : { kind: 'changed', at: sent.at, qty: wanted - asked };
}

/** One line of the next ticket: make `qty` more of it, or (void) stop making `qty` of it. */
export interface PendingTicketLine {
  line: TabLineRecord;
  qty: number;
  void: boolean;
}

/** What the next ticket of this till must say for the tab, in the order the lines were added. */
export function pendingTicketLines(lines: readonly TabLineRecord[], sent: ReadonlyMap<string, SentLine>, deviceId: string): PendingTicketLine[] {
  const ordered = [...lines].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return ordered.flatMap((line): PendingTicketLine[] => {
    const state = lineSendState(line, sent.get(line.id), deviceId);
    if (state.kind === 'not-sent') return [{ line, qty: state.qty, void: false }];
    if (state.kind === 'changed') return [{ line, qty: Math.abs(state.qty), void: state.qty < 0 }];
    return [];
  });
}

/** "A1B2-T007": the till's short code (as on its receipts) and its own ticket counter. */
export function ticketNumber(tillCode: string, counter: number): string {
  return `${tillCode}-T${counter.toString().padStart(3, '0')}`;
}
