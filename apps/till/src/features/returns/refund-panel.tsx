import { pricedCartOfSale, type StoredRefund } from '@tillsafe/sync';
import { useMemo } from 'react';
import type { SaleRow, StaffRow } from '../../db/rows';
import type { MoneyFormatter } from '../../lib/use-money';
import { SegmentedField } from '../printing/segmented-field';
import { RefundConfirmDialog } from './refund-confirm-dialog';
import { RefundLineRow } from './refund-line-row';
import { RefundSummary } from './refund-summary';
import { paymentLabel } from './refund-tender-label';
import { useRefund } from './use-refund';

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export interface RefundPanelProps {
  sale: SaleRow;
  withReceipt: boolean;
  actor: StaffRow;
  customer: string | undefined;
  money: MoneyFormatter;
  /** The refund is stored: the screen shows it, with its slip. */
  onRefunded: (refund: StoredRefund) => void;
}

/** One sale to refund: its lines with what is left of each, the picks, the planner's total, and Refund. */
export function RefundPanel({ sale, withReceipt, actor, customer, money, onRefunded }: RefundPanelProps) {
  const refund = useRefund(sale, withReceipt, actor, onRefunded);
  const cart = useMemo(() => pricedCartOfSale(sale), [sale]);
  const plan = refund.plan;
  const planned = plan?.ok ? new Map(plan.value.lines.map((line) => [line.lineId, line])) : undefined;
  const blocked = refund.forbidden || refund.needsManager;
  const payments = sale.payments ?? sale.tenders;
  return (
    <section className="refund-panel" aria-label={`Refund of receipt ${sale.receiptNo}`}>
      <header className="refund-head">
        <div>
          <h2 className="refund-title">Receipt {sale.receiptNo}</h2>
          <p className="muted">
            {timeFormat.format(new Date(sale.soldAt))} · {money(sale.total)}
            {customer ? ` · ${customer}` : ''}
          </p>
          <p className="muted">Paid {payments.map((p) => paymentLabel(p, money)).join(' + ')}</p>
        </div>
        <span className={withReceipt ? 'refund-badge' : 'refund-badge refund-badge-warn'}>{withReceipt ? 'Receipt shown' : 'No receipt'}</span>
      </header>
      {refund.forbidden ? <p className="refund-notice">Your role cannot refund. Ask a manager to sign in at this till.</p> : null}
      {!refund.forbidden && refund.needsManager ? (
        <div className="refund-notice refund-notice-action">
          <p>A refund without the receipt needs a manager’s approval.</p>
          <button type="button" className="btn btn-primary" onClick={() => void refund.askManager()}>
            Manager approval
          </button>
        </div>
      ) : null}
      {refund.approvedBy ? <p className="refund-approved">Without the receipt, approved by {refund.approvedBy}.</p> : null}
      {refund.left ? (
        <>
          <div className="refund-lines-head">
            <h3 className="returns-subhead">Items</h3>
            <button type="button" className="btn btn-ghost btn-sm" disabled={blocked || refund.left.every((l) => l.qty === 0)} onClick={refund.everything}>
              Refund everything left
            </button>
          </div>
          <ul className="refund-lines" aria-label="Items on the sale">
            {cart.lines.map((line) => {
              const left = refund.left?.find((l) => l.lineId === line.lineId);
              if (!left) return null;
              const picked = refund.selection.lines[line.lineId];
              const deposits = cart.deposits.filter((d) => d.parentLineId === line.lineId).map((d) => `${d.qty} × ${d.name}`);
              return (
                <RefundLineRow
                  key={line.lineId}
                  name={line.name}
                  packName={line.packName}
                  left={left}
                  deposits={deposits.length ? deposits.join(', ') : undefined}
                  qty={blocked ? 0 : (picked?.qty ?? 0)}
                  disposition={picked?.disposition ?? 'restock'}
                  planned={planned?.get(line.lineId)}
                  money={money}
                  disabled={blocked}
                  onQty={(qty) => {
                    if (!blocked) refund.setQty(line.lineId, qty);
                  }}
                  onDisposition={(disposition) => {
                    refund.setDisposition(line.lineId, disposition);
                  }}
                />
              );
            })}
          </ul>
          <footer className="refund-footer">
            <SegmentedField
              legend="Refund to"
              name="refund-to"
              value={refund.selection.to}
              options={[
                { value: 'original', label: 'Original payment' },
                { value: 'cash', label: 'Cash' },
              ]}
              disabled={blocked}
              onChange={refund.setTo}
            />
            {plan?.ok ? <RefundSummary plan={plan.value} money={money} /> : null}
            <div role="alert" className="refund-error-slot">
              {plan && !plan.ok ? <p className="refund-error">{plan.error.message}</p> : null}
              {refund.error ? <p className="refund-error">{refund.error}</p> : null}
            </div>
            <button type="button" className="btn btn-charge btn-lg btn-block" disabled={blocked || !plan?.ok || refund.saving} onClick={refund.askConfirm}>
              {plan?.ok ? `Refund ${money(plan.value.total)}` : 'Pick what comes back'}
            </button>
          </footer>
        </>
      ) : (
        <p className="muted" role="status">
          <span className="spinner" aria-hidden="true" /> Reading the sale’s refunds…
        </p>
      )}
      {refund.confirming && plan?.ok ? (
        <RefundConfirmDialog plan={plan.value} receiptNo={sale.receiptNo} money={money} saving={refund.saving} onCancel={refund.cancelConfirm} onConfirm={() => void refund.confirm()} />
      ) : null}
      {refund.approvalDialog}
    </section>
  );
}
