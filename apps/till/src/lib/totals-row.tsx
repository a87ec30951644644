import type { ReactNode } from 'react';

/** One row of a totals list (`<dl className="totals">`): what it is, and its amount. */
export function TotalsRow({ label, amount, className }: { label: ReactNode; amount: ReactNode; className?: string }) {
  return (
    <div className={className ? `totals-row ${className}` : 'totals-row'}>
      <dt>{label}</dt>
      <dd>{amount}</dd>
    </div>
  );
}
