import type { MoneyFormatter } from '../../lib/use-money';
import { NothingDue } from './card-tender';
import { amountText, typedAmount } from './payment-amounts';
import type { PaymentAction, PaymentState } from './payment-state';
import type { PaymentView } from './payment-view';

export interface MobileMoneyTenderProps {
  state: PaymentState;
  view: PaymentView;
  money: MoneyFormatter;
  run: (action: PaymentAction) => void;
}

/** Mobile money: the provider, the transaction reference from the customer's phone, the amount. */
export function MobileMoneyTender({ state, view, money, run }: MobileMoneyTenderProps) {
  if (view.remaining === 0) return <NothingDue fullyPaid={view.fullyPaid} />;
  const { provider, reference, amount } = state.mobile;
  const paying = amount.trim() === '' ? view.remaining : typedAmount(state.setup, amount);
  return (
    <form
      className="pay-panel pay-noncash"
      onSubmit={(event) => {
        event.preventDefault();
        run({ type: 'take-mobile' });
      }}
    >
      <fieldset className="pay-providers">
        <legend className="field-label">Provider</legend>
        {state.setup.mobileMoneyProviders.map((name) => (
          <button
            key={name}
            type="button"
            className="chip"
            aria-pressed={provider === name}
            onClick={() => {
              run({ type: 'mobile', field: 'provider', value: name });
            }}
          >
            {name}
          </button>
        ))}
      </fieldset>
      <div className="pay-two">
        <label className="field">
          <span className="field-label">Transaction reference</span>
          <input
            className="input input-lg input-code"
            autoComplete="off"
            maxLength={64}
            value={reference}
            onChange={(event) => {
              run({ type: 'mobile', field: 'reference', value: event.target.value });
            }}
          />
        </label>
        <label className="field">
          <span className="field-label">Amount</span>
          <input
            className="input input-lg input-money"
            inputMode="decimal"
            autoComplete="off"
            placeholder={amountText(state.setup, view.remaining)}
            value={amount}
            onChange={(event) => {
              run({ type: 'mobile', field: 'amount', value: event.target.value });
            }}
          />
        </label>
      </div>
      <p className="pay-hint">Check the confirmation on the customer&apos;s phone before you record it.</p>
      <button type="submit" className="btn btn-primary btn-lg btn-block pay-go">
        Record {paying !== undefined && paying > 0 ? money(paying) : ''} by {provider || 'mobile money'}
      </button>
    </form>
  );
}
