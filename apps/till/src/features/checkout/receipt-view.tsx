import type { SaleRecord } from '@tillsafe/sync';
import { useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { ReceiptDocument } from './receipt-document';
import { receiptOf, type ReceiptContext } from './receipt-model';
import { useReceiptPageSize } from './use-receipt-page-size';
import '../../styles/checkout.css';

export interface ReceiptViewProps {
  /** The stored sale (protocol 2: priced lines, payments, settlement; older sales read too). */
  sale: SaleRecord;
  /** Store, locale, time zone, staff names, tax label and footer. */
  context: Omit<ReceiptContext, 'copy'>;
  /** The receipt was printed before (e.g. opened from recent sales): every print is a COPY. */
  alreadyPrinted?: boolean;
  /** After each browser print, with whether it was a copy (to record a reprint). */
  onPrinted?: (copy: boolean) => void;
}

/**
 * A sale's receipt on screen, with Print: through the browser at 80 mm, the fallback when no
 * ESC/POS printer is set up. The first print is the original; every later one says COPY. While
 * the view is shown, printing the page prints the receipt (see use-receipt-page-size.ts).
 */
export function ReceiptView({ sale, context, alreadyPrinted = false, onPrinted }: ReceiptViewProps) {
  const [printed, setPrinted] = useState(alreadyPrinted);
  const sheet = useRef<HTMLDivElement>(null);
  const onScreen = useMemo(() => receiptOf(sale, { ...context, copy: alreadyPrinted }), [sale, context, alreadyPrinted]);
  const forPrint = useMemo(() => receiptOf(sale, { ...context, copy: printed }), [sale, context, printed]);
  const measure = useReceiptPageSize(sheet, forPrint);
  const print = () => {
    measure();
    window.print();
    onPrinted?.(printed);
    setPrinted(true);
  };
  return (
    <div className="receipt-view">
      <div className="receipt-actions">
        <button type="button" className="btn btn-primary btn-lg" onClick={print}>
          <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M7 9V3.5h10V9M7 17H4.5V10a1 1 0 0 1 1-1h13a1 1 0 0 1 1 1v7H17M7 14h10v6.5H7z" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round" />
          </svg>
          {printed ? 'Reprint (COPY)' : 'Print receipt'}
        </button>
        <p className="receipt-actions-hint">{printed ? 'Printed. A reprint is marked COPY.' : 'Prints through this device’s printer, 80 mm wide.'}</p>
      </div>
      <div className="receipt-paper-wrap">
        <ReceiptDocument receipt={onScreen} label={`Receipt ${sale.receiptNo}`} />
      </div>
      {createPortal(
        <div className="receipt-print-sheet" ref={sheet} aria-hidden="true">
          <ReceiptDocument receipt={forPrint} label={`Receipt ${sale.receiptNo} for printing`} />
        </div>,
        document.body,
      )}
    </div>
  );
}
