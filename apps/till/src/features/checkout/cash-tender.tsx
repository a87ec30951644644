import type { MoneyFormatter } from '../../lib/use-money';
import type { PaymentAction, PaymentState } from './payment-state';
import type { PaymentView } from './payment-view';

export interface CashTenderProps {
  state: PaymentState;
  view: PaymentView;
  money: MoneyFormatter;
  run: (action: PaymentAction) => void;
  /** After a quick amount or a key is tapped: focus goes back to the screen, so Enter completes. */
  onTapped: () => void;
}

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '.', '0', 'Backspace'] as const;

/** Cash: quick amounts (exact, then round notes), a keypad for touch, the change due as it is typed. */
export function CashTender({ state, view, money, run, onTapped }: CashTenderProps) {
  if (view.remainingInCash === 0) {
    return (
      <div className="pay-panel pay-nothing">
        <p>{view.fullyPaid ? 'Nothing is left to pay. Complete the sale.' : 'Nothing is left to pay in cash.'}</p>
        {view.remaining > 0 ? <p className="muted">{money(view.remaining)} is only a cash rounding: completing takes no more cash.</p> : null}
      </div>
    );
  }
  const short = view.pendingCash !== undefined && view.change === undefined ? view.remainingInCash - view.pendingCash : undefined;
  return (
    <div className="pay-panel pay-cash">
      <div className="pay-cash-head">
        <label className="field pay-cash-field">
          <span className="field-label">Cash received</span>
          <input
            className="input input-lg input-money pay-cash-input"
            inputMode="decimal"
            autoComplete="off"
            placeholder={money(0)}
            value={state.cash}
            onChange={(event) => {
              run({ type: 'cash-text', text: event.target.value });
            }}
          />
        </label>
        <div className="pay-cash-due">
          <span>Due in cash</span>
          <strong>{money(view.remainingInCash)}</strong>
        </div>
      </div>
      <div className="quick-cash pay-quick" role="group" aria-label="Quick amounts">
        {view.quickCash.map((amount, i) => (
          <button
            key={amount}
            type="button"
            className="quick-cash-btn"
            aria-label={i === 0 ? `Exact ${money(amount)}` : money(amount)}
            aria-pressed={view.pendingCash === amount}
            onClick={() => {
              run({ type: 'quick-cash', amount });
              onTapped();
            }}
          >
            <span className="quick-cash-amount">{money(amount)}</span>
            {i === 0 ? <span className="quick-cash-note">Exact</span> : null}
          </button>
        ))}
      </div>
      <div className="pay-cash-bottom">
        <div className="pay-keypad" role="group" aria-label="Keypad">
          {KEYS.map((key) => (
            <button
              key={key}
              type="button"
              className="pay-key"
              aria-label={key === 'Backspace' ? 'Delete last digit' : key === '.' ? 'Decimal point' : key}
              onClick={() => {
                run({ type: 'cash-key', key });
                onTapped();
              }}
            >
              {key === 'Backspace' ? '⌫' : key}
            </button>
          ))}
        </div>
        <div className="pay-cash-result" aria-live="polite">
          {view.change !== undefined ? (
            <div className="pay-cash-change">
              <span>Change</span>
              <strong>{money(view.change)}</strong>
            </div>
          ) : short !== undefined ? (
            <>
              <div className="pay-cash-short">
                <span>Short by</span>
                <strong>{money(short)}</strong>
              </div>
              <button
                type="button"
                className="btn btn-primary btn-lg btn-block"
                onClick={() => {
                  run({ type: 'take-cash' });
                }}
              >
                Take {money(view.pendingCash ?? 0)} as part payment
              </button>
            </>
          ) : (
            <p className="pay-cash-hint">Type or tap what the customer hands over; the change shows here.</p>
          )}
        </div>
      </div>
    </div>
  );
}
