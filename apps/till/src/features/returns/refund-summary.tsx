import type { RefundPlan } from '@tillsafe/domain';
import type { MoneyFormatter } from '../../lib/use-money';
import { refundTenderLabel } from './refund-tender-label';

/** The planner's figures for what is picked: items, deposits, the total, and where the money goes. */
export function RefundSummary({ plan, money }: { plan: RefundPlan; money: MoneyFormatter }) {
  const items = plan.lines.reduce((sum, line) => sum + line.qty, 0);
  const deposits = plan.lines.flatMap((line) => line.deposits).reduce((sum, d) => sum + d.amount, 0);
  const tax = plan.lines.reduce((sum, line) => sum + line.tax + line.deposits.reduce((s, d) => s + d.tax, 0), 0);
  return (
    <dl className="totals refund-totals" aria-label="Refund summary">
      <div className="totals-row">
        <dt>
          {items} {items === 1 ? 'item' : 'items'}
        </dt>
        <dd>{money(plan.total - deposits)}</dd>
      </div>
      {deposits > 0 ? (
        <div className="totals-row">
          <dt>Deposits</dt>
          <dd>{money(deposits)}</dd>
        </div>
      ) : null}
      {tax > 0 ? (
        <div className="totals-row refund-tax">
          <dt>Of which tax</dt>
          <dd>{money(tax)}</dd>
        </div>
      ) : null}
      <div className="totals-row totals-total">
        <dt>Refund</dt>
        <dd>{money(plan.total)}</dd>
      </div>
      {plan.tenders.map((tender, index) => (
        <div key={`${tender.kind}-${index}`} className="totals-row refund-tender">
          <dt>{tender.kind === 'cash' ? 'In cash' : `Back to ${refundTenderLabel(tender)}`}</dt>
          <dd>{money(tender.amount)}</dd>
        </div>
      ))}
    </dl>
  );
}
