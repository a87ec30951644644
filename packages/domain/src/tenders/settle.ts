import { cashDue, type CashRoundingRule } from '../pricing/cash-rounding';
import { paymentValue, type Payment } from './payment';

/**
 * Settling a sale against its payments. Non-cash payments (card, mobile money, points) pay
 * exactly what they say and can never pay more than the sale still owes: no terminal hands out
 * change. Cash is counted last, whatever order it was taken in, because only cash may overpay —
 * the excess goes back as change. So a sale settles the same however its split tender was
 * entered, and a non-cash payment is refused (OVERPAID_NON_CASH) exactly when the non-cash
 * payments together come to more than the total; the one named is the first, in the order given,
 * that takes them past it.
 *
 * Cash rounding (pricing/cash-rounding.ts) applies to the cash part only: with a 0.05 step, the
 * 10.02 left after a card paid the rest is 10.00 in cash. The sale total never changes; the
 * rounding is recorded with the settlement. Without a cash payment nothing is rounded — a card
 * pays to the cent.
 */
export interface Settlement {
  total: number;
  /** Paid by card, mobile money and points. */
  nonCash: number;
  /** What was left for cash after the non-cash payments, rounded to the cash step. */
  cashDue: number;
  /** cashDue minus what was left: recorded with the cash tender, never on the sale. */
  cashRounding: number;
  /** Cash handed over. */
  cashTendered: number;
  /** Cash handed back: cashTendered − cashDue. */
  change: number;
}

export const settlementFailureCodes = {
  INVALID_TOTAL: 'INVALID_TOTAL',
  OVERPAID_NON_CASH: 'OVERPAID_NON_CASH',
  NOT_ENOUGH: 'NOT_ENOUGH',
} as const;

export type SettlementFailure =
  | { code: 'INVALID_TOTAL'; message: string }
  | {
      code: 'OVERPAID_NON_CASH';
      message: string;
      /** The payment, by its position in the list, that paid more than remained. */
      paymentIndex: number;
      /** By how much the non-cash payments exceed the total. */
      excess: number;
    }
  | {
      code: 'NOT_ENOUGH';
      message: string;
      /** What is still owed, paid by card or the like. */
      stillDue: number;
      /** The same, paid in cash: rounded to the cash step (may be 0 when only a rounding is left). */
      cashStillDue: number;
    };

export type SettlementOutcome = { ok: true; value: Settlement } | { ok: false; error: SettlementFailure };

/** The sale's total against its payments: change due, or what is still owed, or why it cannot be. */
export function settle(total: number, payments: readonly Payment[], cashRounding?: CashRoundingRule): SettlementOutcome {
  if (!Number.isSafeInteger(total) || total < 0) {
    return { ok: false, error: { code: 'INVALID_TOTAL', message: `A sale total must be a whole, non-negative number of minor units, not ${total}.` } };
  }
  let nonCash = 0;
  let cashTendered = 0;
  let hasCash = false;
  for (const [index, payment] of payments.entries()) {
    if (payment.kind === 'cash') {
      hasCash = true;
      cashTendered += payment.amount;
      continue;
    }
    const value = paymentValue(payment);
    if (nonCash + value > total) {
      const remained = total - nonCash;
      const excess = nonCash + value - total;
      return {
        ok: false,
        error: {
          code: 'OVERPAID_NON_CASH',
          message: `A ${describe(payment)} payment of ${value} is more than the ${remained} that remained; only cash can be overpaid, as change.`,
          paymentIndex: index,
          excess,
        },
      };
    }
    nonCash += value;
  }
  const left = total - nonCash;
  const due = cashRounding ? cashDue(left, cashRounding).due : left;
  if (!hasCash) {
    if (left === 0) return { ok: true, value: { total, nonCash, cashDue: 0, cashRounding: 0, cashTendered: 0, change: 0 } };
    return { ok: false, error: notEnough(left, due) };
  }
  if (cashTendered < due) return { ok: false, error: notEnough(Math.max(0, left - cashTendered), due - cashTendered) };
  return { ok: true, value: { total, nonCash, cashDue: due, cashRounding: due - left, cashTendered, change: cashTendered - due } };
}

function notEnough(stillDue: number, cashStillDue: number): SettlementFailure {
  const inCash = cashStillDue === stillDue ? '' : ` (${cashStillDue} in cash)`;
  return { code: 'NOT_ENOUGH', message: `${stillDue} is still due${inCash}.`, stillDue, cashStillDue };
}

function describe(payment: Payment): string {
  switch (payment.kind) {
    case 'cash':
      return 'cash';
    case 'card':
      return `card (…${payment.last4})`;
    case 'mobile_money':
      return payment.provider;
    case 'loyalty':
      return 'loyalty points';
  }
}
