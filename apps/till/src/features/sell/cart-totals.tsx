import type { PricedCart } from '@tillsafe/domain';
import type { MoneyFormatter } from '../../lib/use-money';

/**
 * Subtotal, discounts and deposits when there are any, tax added on top (exclusive categories:
 * subtotal − discounts + deposits + tax added = total), tax contained in the prices, and the total.
 */
export function CartTotals({ priced, money }: { priced: PricedCart; money: MoneyFormatter }) {
  const added = priced.taxSummary.reduce((sum, row) => sum + (row.inclusive ? 0 : row.tax), 0);
  const included = priced.taxTotal - added;
  // Deposits before any tax added on them, which the tax row carries.
  const deposits = priced.deposits.reduce((sum, d) => sum + d.amount, 0);
  return (
    <dl className="totals">
      {priced.discountTotal > 0 || deposits > 0 || added > 0 ? (
        <div className="totals-row">
          <dt>Subtotal</dt>
          <dd>{money(priced.subtotal)}</dd>
        </div>
      ) : null}
      {priced.discountTotal > 0 ? (
        <div className="totals-row totals-saving">
          <dt>Discounts</dt>
          <dd>−{money(priced.discountTotal)}</dd>
        </div>
      ) : null}
      {deposits > 0 ? (
        <div className="totals-row">
          <dt>Deposits</dt>
          <dd>{money(deposits)}</dd>
        </div>
      ) : null}
      {added > 0 ? (
        <div className="totals-row">
          <dt>Tax</dt>
          <dd>{money(added)}</dd>
        </div>
      ) : null}
      {included > 0 || added === 0 ? (
        <div className="totals-row">
          <dt>Tax included</dt>
          <dd>{money(included)}</dd>
        </div>
      ) : null}
      <div className="totals-row totals-total">
        <dt>Total</dt>
        <dd>{money(priced.total)}</dd>
      </div>
    </dl>
  );
}
