import type { RefundPlan } from '@tillsafe/domain';
import { TotalsRow } from '../../lib/totals-row';
import type { MoneyFormatter } from '../../lib/use-money';
import { refundTenderLabel } from './refund-tender-label';

/** The planner's figures for what is picked: items, deposits, the total, and where the money goes. */
export function RefundSummary({ plan, money }: { plan: RefundPlan; money: MoneyFormatter }) {
  const items = plan.lines.reduce((sum, line) => sum + line.qty, 0);
  const deposits = plan.lines.flatMap((line) => line.deposits).reduce((sum, d) => sum + d.amount, 0);
  const tax = plan.lines.reduce((sum, line) => sum + line.tax + line.deposits.reduce((s, d) => s + d.tax, 0), 0);
  return (
    <dl className="totals refund-totals" aria-label="Refund summary">
      <TotalsRow label={`${items} ${items === 1 ? 'item' : 'items'}`} amount={money(plan.total - deposits)} />
      {deposits > 0 ? <TotalsRow label="Deposits" amount={money(deposits)} /> : null}
      {tax > 0 ? <TotalsRow label="Of which tax" amount={money(tax)} className="refund-tax" /> : null}
      <TotalsRow label="Refund" amount={money(plan.total)} className="totals-total" />
      {plan.tenders.map((tender, index) => (
        <TotalsRow key={`${tender.kind}-${index}`} label={tender.kind === 'cash' ? 'In cash' : `Back to ${refundTenderLabel(tender)}`} amount={money(tender.amount)} className="refund-tender" />
      ))}
    </dl>
  );
}
