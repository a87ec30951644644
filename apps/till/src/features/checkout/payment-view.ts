import { paymentValue, quickCashFor, settle, valueOfPoints, type MinorUnits } from '@tillsafe/domain';
import { completePayment, pendingCashOf } from './payment-completion';
import type { PaymentAction, PaymentState } from './payment-state';

/** What the payment screen shows for a state: every figure comes from the domain's `settle`. */
export interface PaymentView {
  total: MinorUnits;
  /** What the taken payments pay towards the sale (cash counted as handed over). */
  paid: MinorUnits;
  /** Still owed after the taken payments, as a card pays it (0 once settled). */
  remaining: MinorUnits;
  /** The same in cash, rounded to the cash step (may be 0 while `remaining` is not: only a rounding is left). */
  remainingInCash: MinorUnits;
  /** The typed cash, when it is an amount and cash is still due. */
  pendingCash: MinorUnits | undefined;
  /** The change to hand back, once the payments (typed cash included) settle the sale. */
  change: MinorUnits | undefined;
  /** The cash rounding the settlement records (negative: rounded down); 0 when none. */
  cashRounding: number;
  /** Whether the sale can be completed as it stands, typed cash included. */
  fullyPaid: boolean;
  /** Quick cash amounts for what is still due in cash: exact, then round notes. */
  quickCash: MinorUnits[];
  /** Points the customer may still spend after the points payments taken. */
  pointsLeft: number;
  /** The most points may pay now: what is still due, or what the points left are worth. */
  pointsMaxValue: MinorUnits;
  /** The card terminal is taking a payment: nothing else may change. */
  busy: boolean;
}

export function paymentView(state: PaymentState): PaymentView {
  const { total, cashRounding, loyalty } = state.setup;
  const rounding = cashRounding ?? undefined;
  const outcome = settle(total, state.payments, rounding);
  let remaining = 0;
  let remainingInCash = 0;
  if (!outcome.ok && outcome.error.code === 'NOT_ENOUGH') {
    remaining = outcome.error.stillDue;
    remainingInCash = outcome.error.cashStillDue;
  } else if (!outcome.ok && outcome.error.code === 'INVALID_TOTAL') {
    remaining = total;
  }
  const pendingCash = pendingCashOf(state, remainingInCash);
  const completion = completePayment(state);
  const pointsSpent = state.payments.reduce((sum, p) => sum + (p.kind === 'loyalty' ? p.points : 0), 0);
  const pointsLeft = loyalty ? Math.max(0, loyalty.spendablePoints - pointsSpent) : 0;
  return {
    total,
    paid: state.payments.reduce((sum, p) => sum + paymentValue(p), 0),
    remaining,
    remainingInCash,
    pendingCash,
    change: completion.ok ? completion.settlement.change : undefined,
    cashRounding: completion.ok ? completion.settlement.cashRounding : 0,
    fullyPaid: completion.ok,
    quickCash: quickCashFor(total, state.payments, rounding),
    pointsLeft,
    pointsMaxValue: loyalty ? Math.min(remaining, valueOfPoints(pointsLeft, loyalty)) : 0,
    busy: state.terminal.step === 'waiting',
  };
}

/**
 * What Enter does: completes the sale once it is fully paid, else takes the payment the open
 * tender is set up for (the typed cash, a card charge, the mobile-money reference, the points).
 */
export function enterAction(state: PaymentState): 'complete' | PaymentAction | null {
  const view = paymentView(state);
  if (view.busy) return null;
  if (view.fullyPaid) return 'complete';
  switch (state.tab) {
    case 'cash':
      return state.cash.trim() ? { type: 'take-cash' } : null;
    case 'card':
      return { type: 'card-start' };
    case 'mobile_money':
      return { type: 'take-mobile' };
    case 'loyalty':
      return { type: 'take-points' };
  }
}
