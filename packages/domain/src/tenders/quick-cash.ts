import type { CashRoundingRule } from '../pricing/cash-rounding';
import { quickCashAmounts } from '../tender';
import type { Payment } from './payment';
import { settle } from './settle';

/**
 * The quick amounts a cashier is offered for the cash part of a split tender: what is still due
 * in cash (after the card and points already taken, rounded to the cash step), then the round
 * notes above it. Empty when nothing is left to pay in cash or the payments cannot settle at all.
 */
export function quickCashFor(total: number, payments: readonly Payment[], cashRounding?: CashRoundingRule): number[] {
  const outcome = settle(total, payments, cashRounding);
  if (outcome.ok || outcome.error.code !== 'NOT_ENOUGH' || outcome.error.cashStillDue === 0) return [];
  return quickCashAmounts(outcome.error.cashStillDue);
}
