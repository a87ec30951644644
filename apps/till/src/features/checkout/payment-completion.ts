import { paymentsSchema, settle, type MinorUnits, type Payment, type Settlement } from '@tillsafe/domain';
import { money, typedAmount } from './payment-amounts';
import type { PaymentNotice, PaymentState } from './payment-state';

export type PaymentCompletion = { ok: true; payments: Payment[]; settlement: Settlement } | { ok: false; error: PaymentNotice };

/** The typed cash, counted only while cash is still due (typing after the sale is paid changes nothing). */
export function pendingCashOf(state: PaymentState, remainingInCash: MinorUnits): MinorUnits | undefined {
  if (state.tab !== 'cash' || remainingInCash <= 0) return undefined;
  const typed = typedAmount(state.setup, state.cash);
  return typed !== undefined && typed > 0 ? typed : undefined;
}

/**
 * The payments the sale completes with, as `sale.complete` takes them, and their settlement —
 * or why it cannot complete yet. The typed cash counts as a cash payment. A cash payment of
 * nothing is added where the sale needs one: when only a cash rounding is left after the other
 * payments (10.02 with 10.00 by card, rounding to 0.05), and for a sale that costs nothing, since
 * a sale records at least one payment. The result is parsed with the domain's `paymentsSchema`
 * and settled with `settle`, exactly as the mutator will check it.
 */
export function completePayment(state: PaymentState): PaymentCompletion {
  if (state.terminal.step === 'waiting') return { ok: false, error: { code: 'TERMINAL_BUSY', message: 'The card terminal is still taking a payment.' } };
  const { total, cashRounding } = state.setup;
  const rounding = cashRounding ?? undefined;
  const before = settle(total, state.payments, rounding);
  const cashStillDue = !before.ok && before.error.code === 'NOT_ENOUGH' ? before.error.cashStillDue : 0;
  const pending = pendingCashOf(state, cashStillDue);
  const payments: Payment[] = [...state.payments, ...(pending === undefined ? [] : [{ kind: 'cash' as const, amount: pending }])];
  let outcome = settle(total, payments, rounding);
  if ((!outcome.ok && outcome.error.code === 'NOT_ENOUGH' && outcome.error.cashStillDue === 0) || (outcome.ok && payments.length === 0)) {
    payments.push({ kind: 'cash', amount: 0 });
    outcome = settle(total, payments, rounding);
  }
  if (!outcome.ok) {
    const message = outcome.error.code === 'NOT_ENOUGH' ? stillDueMessage(state, outcome.error.stillDue, outcome.error.cashStillDue) : outcome.error.message;
    return { ok: false, error: { code: 'NOT_PAID', message } };
  }
  const parsed = paymentsSchema.safeParse(payments);
  if (!parsed.success) return { ok: false, error: { code: 'INVALID_PAYMENTS', message: `These payments cannot be recorded: ${parsed.error.issues[0]?.message ?? 'invalid'}.` } };
  return { ok: true, payments: parsed.data, settlement: outcome.value };
}

function stillDueMessage(state: PaymentState, stillDue: MinorUnits, cashStillDue: MinorUnits): string {
  const byCard = stillDue > 0 && stillDue !== cashStillDue ? ` in cash (${money(state.setup, stillDue)} by card)` : '';
  return `${money(state.setup, cashStillDue)} is still due${byCard}.`;
}
