import { displayRow, lastLineAndTotal, type DisplayLines } from '@tillsafe/hardware';
import { formatMoney } from '@tillsafe/domain';

/**
 * What the 2 × 20 customer display shows: the last line rung up and the total while selling, the
 * change after a sale, a welcome when idle. The change stays up when the emptied cart turns the
 * till idle right after the sale; the next item scanned replaces it.
 */
export type DisplayView =
  | { kind: 'selling'; line: { name: string; qty: number; lineTotal: number }; total: number }
  | { kind: 'sale-done'; total: number; change: number }
  | { kind: 'idle'; storeName: string };

export interface Money {
  currency: string;
  locale: string;
}

export function createDisplayFeed() {
  let showingChange = false;
  return {
    /** The lines to send for this view, or null to leave the display as it is. */
    next(view: DisplayView, m: Money): DisplayLines | null {
      const amount = (minor: number) => formatMoney(minor, m.currency, m.locale);
      switch (view.kind) {
        case 'selling':
          showingChange = false;
          return lastLineAndTotal(view.line, view.total, m);
        case 'sale-done':
          showingChange = true;
          return { top: displayRow('TOTAL', amount(view.total)), bottom: displayRow('CHANGE', amount(view.change)) };
        case 'idle':
          return showingChange ? null : { top: displayRow('Welcome', ''), bottom: displayRow(view.storeName, '') };
      }
    },
  };
}
