import type { SaleRecord, StoredRefund } from '@tillsafe/sync';
import { useRef } from 'react';
import { createPortal } from 'react-dom';
import type { MoneyFormatter } from '../../lib/use-money';
import { useReceiptPageSize } from '../checkout/use-receipt-page-size';
import { RefundReceipt } from './refund-receipt';
import { refundTenderLabel } from './refund-tender-label';
import '../../styles/checkout.css';

export interface RefundDoneProps {
  refund: StoredRefund;
  sale: SaleRecord;
  money: MoneyFormatter;
  storeName: string;
  cashier: string;
  onNext: () => void;
}

/** The refund is stored: what to hand back, the refund slip on screen, Print, and the next return. */
export function RefundDone({ refund, sale, money, storeName, cashier, onNext }: RefundDoneProps) {
  const sheet = useRef<HTMLDivElement>(null);
  const measure = useReceiptPageSize(sheet, refund.id);
  const cash = refund.tenders.filter((t) => t.kind === 'cash').reduce((sum, t) => sum + t.amount, 0);
  const slip = { refund, sale, money, storeName, cashier };
  return (
    <section className="refund-done" aria-label="Refund complete">
      <div className="refund-done-main">
        <div className="sale-done-icon" aria-hidden="true">
          <svg width="40" height="40" viewBox="0 0 24 24" focusable="false">
            <path d="M5 12.5l4.5 4.5L19 7.5" fill="none" stroke="currentColor" strokeWidth="2.6" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
        </div>
        <h2>Refund complete</h2>
        {cash > 0 ? (
          <>
            <p className="sale-done-label">Give the customer</p>
            <p className="sale-done-change">{money(cash)}</p>
          </>
        ) : null}
        <ul className="refund-done-tenders" aria-label="Paid back">
          {refund.tenders.map((tender, index) => (
            <li key={`${tender.kind}-${index}`}>
              {refundTenderLabel(tender)} <strong>{money(tender.amount)}</strong>
            </li>
          ))}
        </ul>
        <div className="refund-done-actions">
          <button
            type="button"
            className="btn btn-ghost btn-lg"
            onClick={() => {
              measure();
              window.print();
            }}
          >
            Print refund slip
          </button>
          <button type="button" className="btn btn-primary btn-lg" onClick={onNext} autoFocus>
            Next return
          </button>
        </div>
      </div>
      <div className="refund-done-slip receipt-paper-wrap">
        <RefundReceipt {...slip} label={`Refund slip for receipt ${sale.receiptNo}`} />
      </div>
      {createPortal(
        <div className="receipt-print-sheet" ref={sheet} aria-hidden="true">
          <RefundReceipt {...slip} label={`Refund slip for receipt ${sale.receiptNo}, for printing`} />
        </div>,
        document.body,
      )}
    </section>
  );
}
