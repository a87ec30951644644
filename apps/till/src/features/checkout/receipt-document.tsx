import type { ReceiptAmountRow, ReceiptModel } from './receipt-model';
import { SaleQr } from './sale-qr';

/** One receipt, laid out for a roll of paper: on screen, and as the browser prints it at 80 mm. */
export function ReceiptDocument({ receipt, label }: { receipt: ReceiptModel; label: string }) {
  return (
    <article className={receipt.copy ? 'receipt receipt-copy' : 'receipt'} aria-label={label}>
      {receipt.copy ? <CopyMark /> : null}
      <header className="receipt-head">
        <p className="receipt-store">{receipt.store.name}</p>
        {receipt.store.addressLines?.map((line) => (
          <p key={line}>{line}</p>
        ))}
        {receipt.store.phone ? <p>Tel {receipt.store.phone}</p> : null}
        {receipt.store.taxId ? <p>Tax no. {receipt.store.taxId}</p> : null}
      </header>
      <dl className="receipt-meta">
        <div>
          <dt>Receipt</dt>
          <dd className="receipt-no">{receipt.receiptNo}</dd>
        </div>
        <div>
          <dt>Date</dt>
          <dd>{receipt.soldAt}</dd>
        </div>
        {receipt.till || receipt.cashier ? (
          <div>
            <dt>Served by</dt>
            <dd>{[receipt.cashier, receipt.till].filter(Boolean).join(' · ')}</dd>
          </div>
        ) : null}
      </dl>
      <ol className="receipt-lines" aria-label="Items">
        {receipt.lines.map((line) => (
          <li key={line.key} className="receipt-item">
            <div className="receipt-row receipt-item-main">
              <span className="receipt-qty">{line.qty}</span>
              <span className="receipt-name">{line.name}</span>
              <span className="receipt-amount">{line.amount}</span>
            </div>
            <p className="receipt-sub">{line.detail}</p>
            {line.note ? <p className="receipt-sub receipt-note">“{line.note}”</p> : null}
            {line.adjustments.map((row) => (
              <Row key={row.label} row={row} className="receipt-sub-row receipt-saving" />
            ))}
            {line.deposits.map((row) => (
              <Row key={row.label} row={row} className="receipt-sub-row" />
            ))}
          </li>
        ))}
      </ol>
      <p className="receipt-count">
        {receipt.itemCount} {receipt.itemCount === 1 ? 'item' : 'items'}
      </p>
      <div className="receipt-block">
        {receipt.totals.map((row) => (
          <Row key={row.label} row={row} className={row.label === 'Savings' ? 'receipt-saving' : undefined} />
        ))}
        <div className="receipt-row receipt-total">
          <span>Total</span>
          <span className="receipt-amount">{receipt.total}</span>
        </div>
        {receipt.taxSummary.length > 0 ? (
          <table className="receipt-tax">
            <caption>Tax summary</caption>
            <thead>
              <tr>
                <th scope="col">Rate</th>
                <th scope="col">Net</th>
                <th scope="col">Tax</th>
              </tr>
            </thead>
            <tbody>
              {receipt.taxSummary.map((row) => (
                <tr key={`${row.rate}-${row.basis}`}>
                  <td>
                    {row.rate} {row.basis}
                  </td>
                  <td>{row.net}</td>
                  <td>{row.tax}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </div>
      <div className="receipt-block" aria-label="Payments">
        {receipt.payments.map((row, i) => (
          <Row key={i} row={row} />
        ))}
        {receipt.afterPayments.map((row) => (
          <Row key={row.label} row={row} className={row.label === 'Change' ? 'receipt-change' : undefined} />
        ))}
      </div>
      {receipt.savings || receipt.loyalty || receipt.ageCheck ? (
        <div className="receipt-block receipt-notes">
          {receipt.savings ? <p className="receipt-saved">You saved {receipt.savings} today</p> : null}
          {receipt.loyalty ? (
            <p>
              Loyalty points: +{receipt.loyalty.earned} earned{receipt.loyalty.redeemed ? ` · −${receipt.loyalty.redeemed} redeemed` : ''}
            </p>
          ) : null}
          {receipt.ageCheck ? <p>{receipt.ageCheck}</p> : null}
        </div>
      ) : null}
      <figure className="receipt-code">
        <SaleQr text={receipt.barcode} label={`QR code of the sale, for returns: ${receipt.barcode}`} />
        <figcaption>
          Scan for returns
          <span className="receipt-code-text">{receipt.receiptNo}</span>
        </figcaption>
      </figure>
      <footer className="receipt-foot">
        {receipt.footer.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </footer>
      {receipt.copy ? <CopyMark /> : null}
    </article>
  );
}

function Row({ row, className }: { row: ReceiptAmountRow; className?: string | undefined }) {
  return (
    <>
      <div className={className ? `receipt-row ${className}` : 'receipt-row'}>
        <span>{row.label}</span>
        <span className="receipt-amount">{row.amount}</span>
      </div>
      {row.detail ? <p className="receipt-sub receipt-row-detail">{row.detail}</p> : null}
    </>
  );
}

function CopyMark() {
  return (
    <p className="receipt-copy-mark" aria-label="Copy: a reprint of the original receipt">
      — COPY —
    </p>
  );
}
