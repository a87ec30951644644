import type { MinorUnits, Payment } from '@tillsafe/domain';
import { money as formatAmount } from './payment-amounts';
import type { PaymentState } from './payment-state';

const money = (state: PaymentState, minor: MinorUnits) => formatAmount(state.setup, minor);

/**
 * What removing a taken payment means beyond the screen, for the confirmation: a card or
 * mobile-money payment has really moved money, and only the terminal or the provider can send it
 * back. Cash and points need no confirmation (cash is handed back; points are not spent until the
 * sale completes).
 */
export function removalWarning(state: PaymentState, payment: Payment): { title: string; body: string; confirm: string } | null {
  switch (payment.kind) {
    case 'card':
      return {
        title: 'Remove the card payment?',
        body: `${money(state, payment.amount)} was approved on the card terminal (card •••• ${payment.last4}, approval ${payment.approvalCode}). Removing it here does not give the money back: void or refund it on the terminal first.`,
        confirm: 'It is reversed — remove',
      };
    case 'mobile_money':
      return {
        title: 'Remove the mobile-money payment?',
        body: `${money(state, payment.amount)} was paid with ${payment.provider} (reference ${payment.reference}). Removing it here does not send it back: reverse it with ${payment.provider} first.`,
        confirm: 'It is reversed — remove',
      };
    case 'cash':
    case 'loyalty':
      return null;
  }
}

/** Leaving the payment screen with payments taken: what must be given back, or null when nothing was taken. */
export function cancelWarning(state: PaymentState): string | null {
  if (state.payments.length === 0) return null;
  const parts = state.payments.map((p) => {
    switch (p.kind) {
      case 'cash':
        return `hand back ${money(state, p.amount)} in cash`;
      case 'card':
        return `void the ${money(state, p.amount)} card payment (•••• ${p.last4}) on the terminal`;
      case 'mobile_money':
        return `reverse the ${money(state, p.amount)} ${p.provider} payment (${p.reference})`;
      case 'loyalty':
        return `the ${p.points} points are not spent`;
    }
  });
  return `The payments taken are dropped. Before you cancel: ${parts.join('; ')}.`;
}
