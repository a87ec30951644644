import { paymentValue, type Payment } from '@tillsafe/domain';
import type { MoneyFormatter } from '../../lib/use-money';
import type { PaymentView } from './payment-view';
import { TenderIcon, TrashIcon } from './tender-icons';

export interface PaymentSummaryProps {
  view: PaymentView;
  payments: readonly Payment[];
  money: MoneyFormatter;
  locale: string;
  onRemove: (index: number) => void;
  /** Nothing may be removed while the terminal is busy or the sale is being stored. */
  locked: boolean;
}

/** What is due, what is paid, and each payment taken so far (removable until the sale completes). */
export function PaymentSummary({ view, payments, money, locale, onRemove, locked }: PaymentSummaryProps) {
  const paidShare = view.total > 0 ? Math.min(100, Math.round((view.paid / view.total) * 100)) : 100;
  const cashDiffers = view.remainingInCash !== view.remaining && view.remainingInCash > 0;
  return (
    <aside className="pay-summary" aria-label="Amount due and payments">
      <div className="pay-due">
        <p className="pay-due-label">Total</p>
        <p className="pay-due-total">{money(view.total)}</p>
        <div className="pay-progress" role="progressbar" aria-label="Paid so far" aria-valuemin={0} aria-valuemax={view.total} aria-valuenow={Math.min(view.paid, view.total)}>
          <span style={{ width: `${paidShare}%` }} />
        </div>
        <dl className="pay-figures">
          <div>
            <dt>Paid</dt>
            <dd>{money(view.paid)}</dd>
          </div>
          <div>
            <dt>Remaining</dt>
            <dd data-testid="remaining">
              {money(view.remaining)}
              {cashDiffers ? <small> · {money(view.remainingInCash)} in cash</small> : null}
            </dd>
          </div>
        </dl>
        {view.cashRounding !== 0 ? <p className="pay-rounding">Cash rounding {view.cashRounding > 0 ? '+' : '−'}{money(Math.abs(view.cashRounding))}</p> : null}
      </div>
      <div className="pay-taken">
        <h3 className="pay-taken-title">Payments</h3>
        {payments.length === 0 ? (
          <p className="pay-taken-empty">None yet. Split the bill across cash, card{view.pointsLeft > 0 ? ', points' : ''} and more — each payment shows here.</p>
        ) : (
          <ul aria-label="Payments taken">
            {payments.map((payment, index) => {
              const { label, detail } = describePayment(payment, locale);
              const amount = money(paymentValue(payment));
              return (
                <li key={index} className={`pay-taken-row pay-taken-${payment.kind}`}>
                  <span className="pay-taken-icon">
                    <TenderIcon kind={payment.kind} size={20} />
                  </span>
                  <span className="pay-taken-text">
                    <span className="pay-taken-label">{label}</span>
                    {detail ? <span className="pay-taken-detail">{detail}</span> : null}
                  </span>
                  <span className="pay-taken-amount">{amount}</span>
                  <button
                    type="button"
                    className="pay-taken-remove"
                    aria-label={`Remove ${label} payment of ${amount}`}
                    disabled={locked}
                    onClick={() => {
                      onRemove(index);
                    }}
                  >
                    <TrashIcon />
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </aside>
  );
}

export function describePayment(payment: Payment, locale: string): { label: string; detail?: string } {
  switch (payment.kind) {
    case 'cash':
      return { label: 'Cash' };
    case 'card':
      return { label: `Card •••• ${payment.last4}`, detail: `Approval ${payment.approvalCode} · ${payment.terminalRef}` };
    case 'mobile_money':
      return { label: payment.provider, detail: `Ref ${payment.reference}` };
    case 'loyalty':
      return { label: 'Points', detail: `${new Intl.NumberFormat(locale).format(payment.points)} points` };
  }
}
