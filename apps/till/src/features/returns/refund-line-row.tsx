import type { PlannedRefundLine, RefundableLine, RefundDisposition } from '@tillsafe/domain';
import type { MoneyFormatter } from '../../lib/use-money';

export interface RefundLineRowProps {
  name: string;
  packName: string;
  left: RefundableLine;
  /** Deposits sold with the line, e.g. "12 × Bottle deposit": they come back with it. */
  deposits: string | undefined;
  qty: number;
  disposition: RefundDisposition;
  /** What the planner says this line's part refunds, when it is picked and the plan stands. */
  planned: PlannedRefundLine | undefined;
  money: MoneyFormatter;
  /** Nothing may be picked yet (a manager must approve first). */
  disabled: boolean;
  onQty: (qty: number) => void;
  onDisposition: (disposition: RefundDisposition) => void;
}

/**
 * One line of the sale: what was sold and already refunded, a − n + picker from nothing up to
 * what is left, and, once picked, whether the goods go back on the shelf or are written off.
 */
export function RefundLineRow({ name, packName, left, deposits, qty, disposition, planned, money, disabled, onQty, onDisposition }: RefundLineRowProps) {
  const what = `${name}, ${packName}`;
  const gone = left.qty === 0;
  return (
    <li className={qty > 0 ? 'refund-line refund-line-picked' : gone ? 'refund-line refund-line-gone' : 'refund-line'} aria-label={what}>
      <div className="refund-line-text">
        <span className="refund-line-name">{name}</span>
        <span className="refund-line-meta">
          {packName} · sold {left.soldQty}
          {left.refundedQty > 0 ? ` · ${left.refundedQty} refunded` : ''} · paid {money(left.paid)}
        </span>
        {deposits ? <span className="refund-line-meta">With {deposits}, refunded with it</span> : null}
      </div>
      <div className="refund-line-pick">
        {gone ? (
          <span className="refund-line-done">Fully refunded</span>
        ) : (
          <div className="qty" role="group" aria-label={`Quantity to refund of ${what}`}>
            <button type="button" className="qty-btn" aria-label={`Refund one fewer ${what}`} disabled={disabled || qty <= 0} onClick={() => {
                onQty(qty - 1);
              }}
            >
              −
            </button>
            <span className="qty-value" aria-label={`${qty} of ${left.qty}`}>
              {qty}
              <span className="refund-line-of">/{left.qty}</span>
            </span>
            <button type="button" className="qty-btn" aria-label={`Refund one more ${what}`} disabled={disabled || qty >= left.qty} onClick={() => {
                onQty(qty + 1);
              }}
            >
              +
            </button>
          </div>
        )}
        <span className="refund-line-amount">{planned ? money(planned.total) : ''}</span>
      </div>
      {qty > 0 ? (
        <fieldset className="refund-line-disposition">
          <legend className="returns-sr">What happens to {what}</legend>
          {(['restock', 'write_off'] as const).map((value) => (
            <label key={value} className="segment">
              <input
                type="radio"
                name={`disposition-${left.lineId}`}
                checked={disposition === value}
                onChange={() => {
                  onDisposition(value);
                }}
              />
              <span>{value === 'restock' ? 'Back to shelf' : 'Write off'}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
    </li>
  );
}
