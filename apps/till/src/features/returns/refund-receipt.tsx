import type { SaleRecord, StoredRefund } from '@tillsafe/sync';
import type { MoneyFormatter } from '../../lib/use-money';
import { refundTenderLabel } from './refund-tender-label';

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export interface RefundReceiptProps {
  refund: StoredRefund;
  sale: SaleRecord;
  money: MoneyFormatter;
  storeName: string;
  cashier: string;
  label: string;
}

/** The slip a refund prints: which receipt it refunds, what came back, and where the money went. */
export function RefundReceipt({ refund, sale, money, storeName, cashier, label }: RefundReceiptProps) {
  const lines = new Map(sale.lines.map((line) => [line.lineId, line]));
  const items = refund.lines.reduce((sum, line) => sum + line.qty, 0);
  return (
    <article className="receipt" aria-label={label}>
      <header className="receipt-head">
        <p className="receipt-store">{storeName}</p>
        <p className="refund-receipt-kind">REFUND</p>
      </header>
      <dl className="receipt-meta">
        <div>
          <dt>Refund of</dt>
          <dd className="receipt-no">{sale.receiptNo}</dd>
        </div>
        <div>
          <dt>Date</dt>
          <dd>{timeFormat.format(new Date(refund.at))}</dd>
        </div>
        <div>
          <dt>Refunded by</dt>
          <dd>{cashier}</dd>
        </div>
      </dl>
      <ol className="receipt-lines" aria-label="Items refunded">
        {refund.lines.map((line) => {
          const sold = lines.get(line.lineId);
          return (
            <li key={line.lineId} className="refund-slip-item">
              <div className="receipt-row receipt-item-main">
                <span className="receipt-qty">{line.qty}</span>
                <span className="receipt-name">{sold ? `${sold.name}, ${sold.packName}` : 'Item'}</span>
                <span className="receipt-amount">−{money(line.amount)}</span>
              </div>
              <p className="receipt-sub">{line.disposition === 'restock' ? 'Back to shelf' : 'Written off'} · deposits included</p>
            </li>
          );
        })}
      </ol>
      <p className="receipt-count">
        {items} {items === 1 ? 'item' : 'items'}
      </p>
      <div className="receipt-block">
        <div className="receipt-row receipt-total">
          <span>Refund</span>
          <span className="receipt-amount">−{money(refund.total)}</span>
        </div>
      </div>
      <div className="receipt-block" aria-label="Paid back">
        {refund.tenders.map((tender, index) => (
          <div key={`${tender.kind}-${index}`} className="receipt-row">
            <span>{refundTenderLabel(tender)}</span>
            <span className="receipt-amount">{money(tender.amount)}</span>
          </div>
        ))}
        {refund.withReceipt ? null : <p className="receipt-sub">Refunded without the receipt</p>}
      </div>
      <footer className="receipt-foot">
        <p>Keep this slip with your receipt.</p>
      </footer>
    </article>
  );
}
