import { useState } from 'react';
import type { MoneyFormatter } from '../../lib/use-money';
import { SaleResults } from './sale-results';
import type { SaleFinder as Finder } from './use-sale-finder';
import type { SaleRow } from '../../db/rows';

export interface SaleFinderProps {
  finder: Finder;
  money: MoneyFormatter;
  /** The sale open beside the finder. */
  openId: string | undefined;
  /** Names of the customers on the listed sales, by id. */
  customerName: (customerId: string | null | undefined) => string | undefined;
  onPick: (sale: SaleRow, withReceipt: boolean) => void;
}

/** Today on the till's clock, as a date field wants it. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * Where a return starts: scan the receipt's barcode (a wedge scanner types into the focused
 * field and presses Enter) or type its number; without a receipt, look through a day's sales or a
 * customer's.
 */
export function SaleFinder({ finder, money, openId, customerName, onPick }: SaleFinderProps) {
  const [receipt, setReceipt] = useState('');
  const [day, setDay] = useState(today);
  const [customer, setCustomer] = useState('');
  return (
    <section className="returns-finder" aria-label="Find a sale">
      <form
        className="returns-receipt-form"
        role="search"
        aria-label="Find a sale by its receipt"
        onSubmit={(event) => {
          event.preventDefault();
          if (receipt.trim()) void finder.find({ kind: 'receipt', text: receipt });
        }}
      >
        <label className="field-label" htmlFor="returns-receipt">
          Scan the receipt, or type its number
        </label>
        <div className="returns-receipt-row">
          <input
            id="returns-receipt"
            className="search-input returns-receipt-input"
            type="search"
            inputMode="text"
            autoComplete="off"
            spellCheck={false}
            placeholder="CC-03-000142"
            aria-label="Receipt barcode or number"
            value={receipt}
            onChange={(event) => {
              setReceipt(event.target.value);
            }}
            autoFocus
          />
          <button type="submit" className="btn btn-primary btn-lg" disabled={finder.busy || !receipt.trim()}>
            Find
          </button>
        </div>
      </form>
      <form
        className="returns-details-form"
        aria-label="Find a sale without its receipt"
        onSubmit={(event) => {
          event.preventDefault();
          void finder.find({ kind: 'details', day, customer });
        }}
      >
        <h2 className="returns-subhead">No receipt?</h2>
        <div className="returns-details-row">
          <label className="field">
            <span className="field-label">Day of the sale</span>
            <input
              className="input"
              type="date"
              value={day}
              onChange={(event) => {
                setDay(event.target.value);
              }}
            />
          </label>
          <label className="field">
            <span className="field-label">Customer</span>
            <input
              className="input"
              type="text"
              autoComplete="off"
              placeholder="Name or phone"
              value={customer}
              onChange={(event) => {
                setCustomer(event.target.value);
              }}
            />
          </label>
          <button type="submit" className="btn btn-ghost btn-lg" disabled={finder.busy}>
            Look up sales
          </button>
        </div>
      </form>
      <div className="returns-finder-status" role="status" aria-live="polite">
        {finder.busy ? (
          <span className="muted">
            <span className="spinner" aria-hidden="true" /> Looking…
          </span>
        ) : finder.message ? (
          <p className="returns-message">{finder.message}</p>
        ) : null}
      </div>
      {finder.found ? (
        <SaleResults
          sales={finder.found.sales}
          money={money}
          openId={openId}
          customerName={customerName}
          onPick={(sale) => {
            onPick(sale, finder.found?.withReceipt ?? false);
          }}
        />
      ) : null}
    </section>
  );
}
