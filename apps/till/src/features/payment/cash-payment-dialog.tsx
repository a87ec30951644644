import type { CashRoundingRule, MinorUnits } from '@tillsafe/domain';
import type { ChannelRecord } from '@tillsafe/sync';
import type { SubmitEvent } from 'react';
import { ModalDialog } from '../../lib/modal-dialog';
import type { MoneyFormatter } from '../../lib/use-money';
import { SaleCompleteView } from './sale-complete-view';
import { useCashPayment, type AgeCheckRequest, type SettleCash } from './use-cash-payment';

export interface CashPaymentDialogProps {
  channel: ChannelRecord;
  total: MinorUnits;
  money: MoneyFormatter;
  onClose: () => void;
  /** What stores the sale: the cart's (complete-sale.ts) or a tab's. */
  settle: SettleCash;
  /** Set when the sale holds an age-restricted item: the customer's age is confirmed first. */
  ageCheck?: AgeCheckRequest | undefined;
  /** The channel's cash rounding (a tender rule): the cash due is the total rounded to it. */
  cashRounding?: CashRoundingRule | null | undefined;
  /** The button that leaves the "Sale complete" view. */
  doneLabel?: string | undefined;
}

export function CashPaymentDialog({ channel, total, money, onClose, settle, ageCheck, cashRounding, doneLabel }: CashPaymentDialogProps) {
  const payment = useCashPayment(channel, total, settle, { ageCheck, cashRounding });
  const { phase } = payment;
  // Not while the sale is being stored: it would vanish from the screen half done.
  const close = () => {
    if (!payment.isStoring()) onClose();
  };

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    payment.complete();
  };

  return (
    <ModalDialog label="Cash payment" onClose={close} className="payment">
      {phase.step === 'done' ? (
        <SaleCompleteView sale={phase.sale} money={money} onNewSale={onClose} doneLabel={doneLabel} />
      ) : (
        <form className="payment-form" onSubmit={submit}>
          <header className="modal-header">
            <h2>Cash payment</h2>
            <button type="button" className="btn btn-ghost btn-icon" aria-label="Close" onClick={close} disabled={phase.step === 'saving'}>
              ✕
            </button>
          </header>
          <div className="amount-due">
            <span>Total due</span>
            <strong>{money(payment.due)}</strong>
          </div>
          {payment.due !== total ? (
            <p className="muted cash-rounding-note">
              Sale total {money(total)}, rounded to {money(payment.due)} in cash
            </p>
          ) : null}
          {ageCheck ? (
            <label className="age-confirm">
              <input
                type="checkbox"
                checked={payment.ageConfirmed}
                onChange={(e) => {
                  payment.setAgeConfirmed(e.target.checked);
                }}
              />
              <span>
                <strong>Age checked:</strong> the customer is clearly over {ageCheck.minimumAge}
              </span>
            </label>
          ) : null}
          <div className="quick-cash" role="group" aria-label="Quick amounts">
            {payment.quickAmounts.map((amount, i) => (
              <button
                key={amount}
                type="button"
                className="quick-cash-btn"
                aria-label={money(amount)}
                aria-pressed={payment.tendered === amount}
                onClick={() => {
                  payment.choose(amount);
                }}
              >
                <span className="quick-cash-amount">{money(amount)}</span>
                {i === 0 ? <span className="quick-cash-note">Exact</span> : null}
              </button>
            ))}
          </div>
          <label className="field">
            <span className="field-label">Amount tendered</span>
            <input
              className="input input-lg input-money"
              inputMode="decimal"
              autoComplete="off"
              value={payment.text}
              onChange={(e) => {
                payment.setText(e.target.value);
              }}
              placeholder={formatPlaceholder(money(0))}
              data-autofocus
            />
          </label>
          <div className="change-due">
            <span>Change due</span>
            <strong aria-live="polite">{money(payment.change !== undefined && payment.change > 0 ? payment.change : 0)}</strong>
          </div>
          {payment.change !== undefined && payment.change < 0 ? <p className="short-hint">Still to pay {money(-payment.change)}</p> : null}
          {phase.step === 'tendering' && phase.error ? (
            <p className="alert" role="alert">
              {phase.error}
            </p>
          ) : null}
          <div className="modal-actions">
            <button type="button" className="btn btn-ghost btn-lg" onClick={close} disabled={phase.step === 'saving'}>
              Cancel
            </button>
            <button type="submit" className="btn btn-charge btn-lg" disabled={!payment.canComplete}>
              {phase.step === 'saving' ? 'Saving…' : 'Complete sale'}
            </button>
          </div>
        </form>
      )}
    </ModalDialog>
  );
}

function formatPlaceholder(zero: string): string {
  return zero.replace(/[^\d.,]/g, '');
}
