import { formatMoney } from '@tillsafe/domain';
import { db } from '../../app/services';
import { useLiveQuery } from '../../lib/use-live-query';
import { describeSaleFlag } from './sale-flags';

/** The most flagged sales the panel lists, newest first. */
const SHOWN = 30;

/**
 * Sales the server stored but flagged when it re-ran them — an offline loyalty over-redemption, a
 * total it priced differently — pulled back with their flags, for a manager to follow up. Nothing
 * here was lost: the sales stand as the till made them.
 */
export function FlaggedSales({ locale }: { locale: string }) {
  const flagged = useLiveQuery(async () => {
    const sales = await db.sales
      .orderBy('soldAt')
      .reverse()
      .filter((sale) => sale.flags.length > 0)
      .limit(SHOWN)
      .toArray();
    const customerIds = [...new Set(sales.flatMap((s) => (s.customerId ? [s.customerId] : [])))];
    const customers = await db.customers.bulkGet(customerIds);
    return { sales, names: new Map(customers.flatMap((c) => (c ? [[c.id, c.name] as const] : []))) };
  }, []);
  if (!flagged || flagged.sales.length === 0) return null;
  const points = new Intl.NumberFormat(locale);
  return (
    <section aria-labelledby="flagged-heading">
      <h3 id="flagged-heading" className="sync-subhead">
        Flagged for a manager <span className="count-pill">{flagged.sales.length}</span>
      </h3>
      <ul className="rejection-list">
        {flagged.sales.map((sale) =>
          sale.flags.map((raw) => {
            const flag = describeSaleFlag(raw, {
              customer: (id) => flagged.names.get(id),
              money: (minor) => formatMoney(minor, sale.currency, locale),
              points: (n) => points.format(n),
            });
            return (
              <li key={`${sale.id}:${raw}`} className="rejection rejection-flag" aria-label={`Receipt ${sale.receiptNo} flagged: ${flag.code}`}>
                <div className="rejection-head">
                  <code className="rejection-code">{flag.code}</code>
                  <strong className="rejection-what">Receipt {sale.receiptNo}</strong>
                </div>
                <p className="rejection-message">{flag.text}</p>
              </li>
            );
          }),
        )}
      </ul>
    </section>
  );
}
