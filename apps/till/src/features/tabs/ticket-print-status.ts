import type { PrintJob } from '@tillsafe/hardware';

/** How the last ticket's print jobs are doing, in a few words for the bartender. */
export type TicketPrintStatus =
  | { tone: 'busy'; text: string }
  | { tone: 'ok'; text: string }
  /** At least one printer has not taken it yet; the queue keeps it and retries. */
  | { tone: 'warn'; text: string };

/** "Printed on Bar, Kitchen", "Printing…", or the reason a printer has not taken it yet. */
export function printStatus(jobs: readonly PrintJob[], printerName: (id: string) => string): TicketPrintStatus {
  if (jobs.length === 0) return { tone: 'ok', text: 'Queued' };
  const stuck = jobs.find((j) => j.state === 'failed' || (j.state === 'queued' && j.lastError));
  if (stuck) {
    const reason = stuck.lastError?.message ?? 'The printer did not print it.';
    return { tone: 'warn', text: `Waiting for ${printerName(stuck.printerId)}: ${reason} It stays in the print queue and prints when the printer is back.` };
  }
  if (jobs.every((j) => j.state === 'done')) return { tone: 'ok', text: `Printed on ${jobs.map((j) => printerName(j.printerId)).join(', ')}` };
  return { tone: 'busy', text: 'Printing…' };
}
