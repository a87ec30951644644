import type { PricedCart } from '@tillsafe/domain';
import { TotalsRow } from '../../lib/totals-row';
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
      {priced.discountTotal > 0 || deposits > 0 || added > 0 ? <TotalsRow label="Subtotal" amount={money(priced.subtotal)} /> : null}
      {priced.discountTotal > 0 ? <TotalsRow label="Discounts" amount={`−${money(priced.discountTotal)}`} className="totals-saving" /> : null}
      {deposits > 0 ? <TotalsRow label="Deposits" amount={money(deposits)} /> : null}
      {added > 0 ? <TotalsRow label="Tax" amount={money(added)} /> : null}
      {included > 0 || added === 0 ? <TotalsRow label="Tax included" amount={money(included)} /> : null}
      <TotalsRow label="Total" amount={money(priced.total)} className="totals-total" />
    </dl>
  );
}
