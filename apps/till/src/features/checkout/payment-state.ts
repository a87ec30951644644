import {
  cardPaymentFrom,
  MAX_PAYMENTS,
  pointsForValue,
  valueOfPoints,
  type CashRoundingRule,
  type Currency,
  type MinorUnits,
  type Payment,
  type PointValue,
  type TerminalOutcome,
} from '@tillsafe/domain';
import { amountText, money as formatAmount, typedAmount as parseAmount } from './payment-amounts';
import { paymentView } from './payment-view';

/**
 * The payment screen's state, as a pure reducer: which payments of a split tender have been
 * taken, what the cashier is typing, and whether the card terminal is busy. The rules themselves
 * are the domain's (`settle`, quick cash, point value); this module only decides what each tap
 * or key does and refuses, with a code and a sentence, what the tender rules would refuse later:
 * a card, mobile-money or points payment above what is still due (only cash may overpay, as
 * change), points beyond what the customer may spend offline, more than MAX_PAYMENTS payments.
 * What the screen shows is derived in payment-view.ts; completing is payment-completion.ts.
 */

/** The customer's points, when a customer with a loyalty account is on the sale. */
export interface LoyaltyOffer {
  customerName: string;
  /**
   * Points the customer may spend at this till now: the synced balance less this till's unsynced
   * redemptions, capped by the offline limit (the `available` of domain `canRedeemOffline`).
   */
  spendablePoints: number;
  pointValue: PointValue;
}

export interface PaymentSetup {
  /** What the sale costs, in minor units (the priced cart's total). */
  total: MinorUnits;
  currency: Currency;
  /** The channel's locale, for the amounts in messages. */
  locale: string;
  /** The channel's cash rounding (a tender rule); null: none. */
  cashRounding: CashRoundingRule | null;
  loyalty: LoyaltyOffer | null;
  /** Mobile-money providers the store takes (e.g. "M-Pesa"); empty: the cashier types one. */
  mobileMoneyProviders: readonly string[];
}

export const tenderTabs = ['cash', 'card', 'mobile_money', 'loyalty'] as const;
export type TenderTab = (typeof tenderTabs)[number];

export const paymentErrorCodes = {
  NOTHING_DUE: 'NOTHING_DUE',
  INVALID_AMOUNT: 'INVALID_AMOUNT',
  OVER_REMAINING: 'OVER_REMAINING',
  POINTS_OVER_BALANCE: 'POINTS_OVER_BALANCE',
  NO_LOYALTY: 'NO_LOYALTY',
  PROVIDER_MISSING: 'PROVIDER_MISSING',
  REFERENCE_MISSING: 'REFERENCE_MISSING',
  TOO_MANY_PAYMENTS: 'TOO_MANY_PAYMENTS',
  INVALID_PAYMENTS: 'INVALID_PAYMENTS',
  TERMINAL_BUSY: 'TERMINAL_BUSY',
  CARD_DECLINED: 'CARD_DECLINED',
  CARD_CANCELLED: 'CARD_CANCELLED',
  TERMINAL_FAILED: 'TERMINAL_FAILED',
  NOT_PAID: 'NOT_PAID',
} as const;
export type PaymentErrorCode = (typeof paymentErrorCodes)[keyof typeof paymentErrorCodes];

/** A refusal or a terminal's answer, for the cashier: a code for tests and logs, a sentence for people. */
export interface PaymentNotice {
  code: PaymentErrorCode;
  message: string;
}

export interface MobileMoneyDraft {
  provider: string;
  reference: string;
  /** '' pays what is still due. */
  amount: string;
}

export interface PaymentState {
  setup: PaymentSetup;
  /** Taken payments, in the order taken. */
  payments: Payment[];
  tab: TenderTab;
  /** The cash the customer handed over, as typed; it counts (with its change) before it is taken. */
  cash: string;
  /** The card amount; '' charges what is still due. */
  card: string;
  mobile: MobileMoneyDraft;
  /** What points should pay, in money; '' pays as much as the points and the bill allow. */
  points: string;
  /** The card terminal: idle, or taking `amount` from the customer's card right now. */
  terminal: { step: 'idle' } | { step: 'waiting'; amount: MinorUnits };
  notice: PaymentNotice | null;
}

export type PaymentAction =
  | { type: 'tab'; tab: TenderTab }
  | { type: 'cash-text'; text: string }
  /** A key typed anywhere on the screen but a text field: digits and the decimal mark go to the cash amount. */
  | { type: 'cash-key'; key: string }
  | { type: 'quick-cash'; amount: MinorUnits }
  | { type: 'take-cash' }
  | { type: 'card-text'; text: string }
  | { type: 'card-start' }
  | { type: 'terminal-answered'; outcome: TerminalOutcome }
  | { type: 'terminal-failed'; message: string }
  | { type: 'mobile'; field: keyof MobileMoneyDraft; value: string }
  | { type: 'take-mobile' }
  | { type: 'points-text'; text: string }
  | { type: 'take-points' }
  | { type: 'remove'; index: number }
  | { type: 'dismiss-notice' };

export function initialPaymentState(setup: PaymentSetup): PaymentState {
  return {
    setup,
    payments: [],
    tab: 'cash',
    cash: '',
    card: '',
    mobile: { provider: setup.mobileMoneyProviders[0] ?? '', reference: '', amount: '' },
    points: '',
    terminal: { step: 'idle' },
    notice: null,
  };
}

export function reducePayment(state: PaymentState, action: PaymentAction): PaymentState {
  const busy = state.terminal.step === 'waiting';
  switch (action.type) {
    case 'tab':
      // Typed cash belongs to the cash tab: leaving it leaves no half-typed amount counting as paid.
      return { ...state, tab: action.tab, cash: action.tab === 'cash' ? state.cash : '', notice: null };
    case 'cash-text':
      return { ...state, cash: action.text, notice: null };
    case 'cash-key':
      return { ...state, tab: 'cash', cash: typeKey(state.cash, action.key), notice: null };
    case 'quick-cash':
      return { ...state, tab: 'cash', cash: amountText(state.setup, action.amount), notice: null };
    case 'take-cash':
      return takeCash(state);
    case 'card-text':
      return { ...state, card: action.text, notice: null };
    case 'card-start':
      return busy ? refuse(state, 'TERMINAL_BUSY', 'The card terminal is still taking a payment.') : startCard(state);
    case 'terminal-answered':
      return state.terminal.step === 'waiting' ? terminalAnswered(state, state.terminal.amount, action.outcome) : state;
    case 'terminal-failed':
      return busy ? { ...state, terminal: { step: 'idle' }, notice: { code: 'TERMINAL_FAILED', message: `The card terminal did not answer: ${action.message}` } } : state;
    case 'mobile':
      return { ...state, mobile: { ...state.mobile, [action.field]: action.value }, notice: null };
    case 'take-mobile':
      return takeMobileMoney(state);
    case 'points-text':
      return { ...state, points: action.text, notice: null };
    case 'take-points':
      return takePoints(state);
    case 'remove':
      if (busy) return refuse(state, 'TERMINAL_BUSY', 'Wait for the card terminal before changing the payments.');
      return { ...state, payments: state.payments.filter((_, i) => i !== action.index), notice: null };
    case 'dismiss-notice':
      return { ...state, notice: null };
  }
}

/** Digits and one decimal mark build the amount; Backspace takes the last character off. */
function typeKey(text: string, key: string): string {
  if (key === 'Backspace') return text.slice(0, -1);
  if (/^\d$/.test(key)) return text + key;
  if ((key === '.' || key === ',') && !/[.,]/.test(text)) return (text || '0') + key;
  return text;
}

const money = (state: PaymentState, minor: MinorUnits) => formatAmount(state.setup, minor);
const typedAmount = (state: PaymentState, text: string) => parseAmount(state.setup, text);

function refuse(state: PaymentState, code: PaymentErrorCode, message: string): PaymentState {
  return { ...state, notice: { code, message } };
}

function add(state: PaymentState, payment: Payment, cleared: Partial<PaymentState>): PaymentState {
  if (state.payments.length >= MAX_PAYMENTS) return refuse(state, 'TOO_MANY_PAYMENTS', `A sale takes at most ${MAX_PAYMENTS} payments.`);
  return { ...state, ...cleared, payments: [...state.payments, payment], notice: null };
}

function takeCash(state: PaymentState): PaymentState {
  const amount = typedAmount(state, state.cash);
  if (amount === undefined || amount <= 0) return refuse(state, 'INVALID_AMOUNT', 'Type the cash the customer handed over, or tap a quick amount.');
  return add(state, { kind: 'cash', amount }, { cash: '' });
}

/**
 * A non-cash amount: what was typed, or what is still due when nothing was; never more than is
 * still due, since no card terminal or phone hands out change.
 */
function nonCashAmount(state: PaymentState, text: string, what: string): { ok: true; amount: MinorUnits } | { ok: false; state: PaymentState } {
  const { remaining } = paymentView(state);
  if (remaining === 0) return { ok: false, state: refuse(state, 'NOTHING_DUE', 'Nothing is left to pay.') };
  if (text.trim() === '') return { ok: true, amount: remaining };
  const amount = typedAmount(state, text);
  if (amount === undefined || amount <= 0) return { ok: false, state: refuse(state, 'INVALID_AMOUNT', `"${text}" is not an amount.`) };
  if (amount > remaining) {
    const message = `${what} can pay at most ${money(state, remaining)}, what is still due; only cash can be more, as change.`;
    return { ok: false, state: refuse(state, 'OVER_REMAINING', message) };
  }
  return { ok: true, amount };
}

function startCard(state: PaymentState): PaymentState {
  if (state.payments.length >= MAX_PAYMENTS) return refuse(state, 'TOO_MANY_PAYMENTS', `A sale takes at most ${MAX_PAYMENTS} payments.`);
  const amount = nonCashAmount(state, state.card, 'A card');
  if (!amount.ok) return amount.state;
  return { ...state, terminal: { step: 'waiting', amount: amount.amount }, notice: null };
}

function terminalAnswered(state: PaymentState, amount: MinorUnits, outcome: TerminalOutcome): PaymentState {
  const idle = { ...state, terminal: { step: 'idle' } as const };
  switch (outcome.status) {
    case 'approved':
      return add(idle, cardPaymentFrom(amount, outcome), { card: '' });
    case 'declined':
      return refuse(idle, 'CARD_DECLINED', `The card was declined${outcome.reason ? `: ${outcome.reason}` : ''}. Nothing was taken; try another card or tender.`);
    case 'cancelled':
      return refuse(idle, 'CARD_CANCELLED', 'The card payment was cancelled on the terminal. Nothing was taken.');
  }
}

function takeMobileMoney(state: PaymentState): PaymentState {
  const provider = state.mobile.provider.trim();
  const reference = state.mobile.reference.trim();
  if (!provider) return refuse(state, 'PROVIDER_MISSING', 'Choose or type the mobile-money provider.');
  if (!reference) return refuse(state, 'REFERENCE_MISSING', "Type the transaction reference from the customer's phone.");
  const amount = nonCashAmount(state, state.mobile.amount, provider);
  if (!amount.ok) return amount.state;
  return add(state, { kind: 'mobile_money', amount: amount.amount, provider, reference }, { mobile: { ...state.mobile, reference: '', amount: '' } });
}

function takePoints(state: PaymentState): PaymentState {
  const loyalty = state.setup.loyalty;
  if (!loyalty) return refuse(state, 'NO_LOYALTY', 'Points can pay only when a customer with a loyalty account is on the sale.');
  const view = paymentView(state);
  if (view.remaining === 0) return refuse(state, 'NOTHING_DUE', 'Nothing is left to pay.');
  if (view.pointsMaxValue === 0) return refuse(state, 'POINTS_OVER_BALANCE', `${loyalty.customerName} has no points left to spend on this till.`);
  const typed = state.points.trim() === '' ? view.pointsMaxValue : typedAmount(state, state.points);
  if (typed === undefined || typed <= 0) return refuse(state, 'INVALID_AMOUNT', `"${state.points}" is not an amount.`);
  if (typed > view.remaining) {
    return refuse(state, 'OVER_REMAINING', `Points can pay at most ${money(state, view.remaining)}, what is still due.`);
  }
  const points = pointsForValue(typed, loyalty);
  if (points > view.pointsLeft) {
    const message = `${money(state, typed)} takes ${points} points; ${loyalty.customerName} may spend ${view.pointsLeft} on this till (${money(state, valueOfPoints(view.pointsLeft, loyalty))}).`;
    return refuse(state, 'POINTS_OVER_BALANCE', message);
  }
  return add(state, { kind: 'loyalty', points, value: typed }, { points: '' });
}
