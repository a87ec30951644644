import type { PaymentTerminal } from '@tillsafe/domain';
import type { MoneyFormatter } from '../../lib/use-money';
import { amountText, typedAmount } from './payment-amounts';
import { ManualPaymentTerminal } from './manual-payment-terminal';
import { ManualTerminalForm } from './manual-terminal-form';
import type { PaymentAction, PaymentState } from './payment-state';
import type { PaymentView } from './payment-view';
import { TenderIcon } from './tender-icons';

export interface CardTenderProps {
  state: PaymentState;
  view: PaymentView;
  money: MoneyFormatter;
  run: (action: PaymentAction) => void;
  terminal: PaymentTerminal;
}

/** Card through the external terminal: the amount (what is due, or less), then the terminal's answer. */
export function CardTender({ state, view, money, run, terminal }: CardTenderProps) {
  if (state.terminal.step === 'waiting') {
    if (terminal instanceof ManualPaymentTerminal) return <ManualTerminalForm terminal={terminal} amount={state.terminal.amount} money={money} />;
    return (
      <div className="pay-panel pay-waiting" role="status">
        <span className="spinner" aria-hidden="true" />
        <p className="pay-waiting-amount">{money(state.terminal.amount)}</p>
        <p>Waiting for the card terminal. Ask the customer to tap, insert or swipe their card.</p>
      </div>
    );
  }
  if (view.remaining === 0) return <NothingDue fullyPaid={view.fullyPaid} />;
  const charge = state.card.trim() === '' ? view.remaining : typedAmount(state.setup, state.card);
  return (
    <form
      className="pay-panel pay-noncash"
      onSubmit={(event) => {
        event.preventDefault();
        run({ type: 'card-start' });
      }}
    >
      <label className="field">
        <span className="field-label">Amount to charge</span>
        <input
          className="input input-lg input-money"
          inputMode="decimal"
          autoComplete="off"
          placeholder={amountText(state.setup, view.remaining)}
          value={state.card}
          onChange={(event) => {
            run({ type: 'card-text', text: event.target.value });
          }}
        />
      </label>
      <p className="pay-hint">Up to {money(view.remaining)}, what is still due. Only cash can be more, as change. The card number never reaches the till.</p>
      <button type="submit" className="btn btn-primary btn-lg btn-block pay-go">
        <TenderIcon kind="card" />
        Charge {charge !== undefined && charge > 0 ? money(charge) : ''} on the terminal
      </button>
    </form>
  );
}

export function NothingDue({ fullyPaid }: { fullyPaid: boolean }) {
  return (
    <div className="pay-panel pay-nothing">
      <p>{fullyPaid ? 'Nothing is left to pay. Complete the sale.' : 'Only cash is due now: take it on the Cash tab.'}</p>
    </div>
  );
}
