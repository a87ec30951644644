import type { TicketLineInput } from './receipt-from-ticket';

/**
 * Splits a tab's new lines between printers by category: drinks to the bar printer, food to the
 * kitchen. Lines whose category has no route go to the fallback printer, so nothing is dropped.
 */
export function routeTicketLines<L extends Pick<TicketLineInput, 'categoryId'>>(
  lines: readonly L[],
  routes: Readonly<Record<string, string>>,
  fallbackPrinterId: string,
): Map<string, L[]> {
  const byPrinter = new Map<string, L[]>();
  for (const line of lines) {
    const printerId = (line.categoryId !== undefined ? routes[line.categoryId] : undefined) ?? fallbackPrinterId;
    byPrinter.set(printerId, [...(byPrinter.get(printerId) ?? []), line]);
  }
  return byPrinter;
}
