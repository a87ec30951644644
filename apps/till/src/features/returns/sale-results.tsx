import type { SaleRow } from '../../db/rows';
import type { MoneyFormatter } from '../../lib/use-money';

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export interface SaleResultsProps {
  sales: readonly SaleRow[];
  money: MoneyFormatter;
  /** The sale open beside the list. */
  openId: string | undefined;
  customerName: (customerId: string | null | undefined) => string | undefined;
  onPick: (sale: SaleRow) => void;
}

/** Sales found for a day or a customer, newest first: one tap opens one. */
export function SaleResults({ sales, money, openId, customerName, onPick }: SaleResultsProps) {
  return (
    <ul className="returns-results" aria-label="Sales found">
      {sales.map((sale) => {
        const customer = customerName(sale.customerId);
        const items = sale.lines.reduce((sum, line) => sum + line.qty, 0);
        return (
          <li key={sale.id}>
            <button
              type="button"
              className="returns-result"
              aria-pressed={sale.id === openId}
              onClick={() => {
                onPick(sale);
              }}
            >
              <span className="returns-result-no">{sale.receiptNo}</span>
              <span className="returns-result-when">{timeFormat.format(new Date(sale.soldAt))}</span>
              <span className="returns-result-who">
                {items} {items === 1 ? 'item' : 'items'}
                {customer ? ` · ${customer}` : ''}
              </span>
              <span className="returns-result-total">{money(sale.total)}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
