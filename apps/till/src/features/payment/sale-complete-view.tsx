import { useState } from 'react';
import type { SaleRow } from '../../db/rows';
import type { MoneyFormatter } from '../../lib/use-money';
import { SalePrintStatus } from '../printing/sale-print-status';
import { SaleReceiptPreview } from '../printing/sale-receipt-preview';

export interface SaleCompleteViewProps {
  sale: SaleRow;
  money: MoneyFormatter;
  onNewSale: () => void;
  doneLabel?: string | undefined;
}

export function SaleCompleteView({ sale, money, onNewSale, doneLabel = 'New sale' }: SaleCompleteViewProps) {
  const [previewing, setPreviewing] = useState(false);
  return (
    <div className={previewing ? 'sale-done-split' : undefined}>
      <div className="sale-done">
        <div className="sale-done-icon" aria-hidden="true">
          <svg width="40" height="40" viewBox="0 0 24 24" focusable="false">
            <path d="M5 12.5l4.5 4.5L19 7.5" fill="none" stroke="currentColor" strokeWidth="2.6" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
        </div>
        <h2>Sale complete</h2>
        <p className="sale-done-label">Change due</p>
        <p className="sale-done-change">{money(sale.change)}</p>
        <p className="muted">
          Total {money(sale.total)} · Cash {money(sale.tenders.reduce((sum, t) => sum + t.amount, 0))} · Receipt {sale.receiptNo}
        </p>
        <SalePrintStatus
          sale={sale}
          previewing={previewing}
          onTogglePreview={() => {
            setPreviewing((on) => !on);
          }}
        />
        <button type="button" className="btn btn-primary btn-lg btn-block" onClick={onNewSale} autoFocus>
          {doneLabel}
        </button>
      </div>
      {previewing ? (
        <aside className="sale-done-receipt" aria-label="Receipt preview">
          <SaleReceiptPreview sale={sale} />
        </aside>
      ) : null}
    </div>
  );
}
