import { pointsForValue, valueOfPoints } from '@tillsafe/domain';
import type { MoneyFormatter } from '../../lib/use-money';
import { NothingDue } from './card-tender';
import { amountText, typedAmount } from './payment-amounts';
import type { LoyaltyOffer, PaymentAction, PaymentState } from './payment-state';
import type { PaymentView } from './payment-view';

export interface LoyaltyTenderProps {
  state: PaymentState;
  view: PaymentView;
  loyalty: LoyaltyOffer;
  money: MoneyFormatter;
  run: (action: PaymentAction) => void;
}

/** Points as a tender, up to what the customer may spend on this till while it cannot see the server. */
export function LoyaltyTender({ state, view, loyalty, money, run }: LoyaltyTenderProps) {
  if (view.remaining === 0) return <NothingDue fullyPaid={view.fullyPaid} />;
  const count = (n: number) => new Intl.NumberFormat(state.setup.locale).format(n);
  const value = state.points.trim() === '' ? view.pointsMaxValue : typedAmount(state.setup, state.points);
  const points = value !== undefined && value > 0 ? pointsForValue(value, loyalty) : 0;
  return (
    <form
      className="pay-panel pay-noncash"
      onSubmit={(event) => {
        event.preventDefault();
        run({ type: 'take-points' });
      }}
    >
      <div className="pay-points-card">
        <span className="pay-points-name">{loyalty.customerName}</span>
        <span className="pay-points-balance">
          <strong>{count(view.pointsLeft)}</strong> points to spend here · worth {money(valueOfPoints(view.pointsLeft, loyalty))}
        </span>
      </div>
      <label className="field">
        <span className="field-label">Pay with points</span>
        <input
          className="input input-lg input-money"
          inputMode="decimal"
          autoComplete="off"
          placeholder={amountText(state.setup, view.pointsMaxValue)}
          value={state.points}
          onChange={(event) => {
            run({ type: 'points-text', text: event.target.value });
          }}
        />
      </label>
      <p className="pay-hint">
        {points > 0 ? `Takes ${count(points)} points. ` : ''}Offline, a till may spend only the points it last synced, less what it has spent since.
      </p>
      <button type="submit" className="btn btn-primary btn-lg btn-block pay-go" disabled={view.pointsMaxValue === 0}>
        Pay {value !== undefined && value > 0 ? money(value) : ''} with points
      </button>
    </form>
  );
}
