import type { Payment, RefundTender } from '@tillsafe/domain';
import type { MoneyFormatter } from '../../lib/use-money';

/** Where a refund's money goes, as the cashier reads it: "Cash", "Card •••• 4242", "MTN ref 7781", "120 points". */
export function refundTenderLabel(tender: RefundTender): string {
  switch (tender.kind) {
    case 'cash':
      return 'Cash';
    case 'card':
      return `Card •••• ${tender.last4}`;
    case 'mobile_money':
      return `${tender.provider} ref ${tender.reference}`;
    case 'loyalty':
      return `${tender.points} ${tender.points === 1 ? 'point' : 'points'}`;
  }
}

/** How the sale was paid, one payment: "Cash $50.00", "Card •••• 4242 $23.20". */
export function paymentLabel(payment: Payment, money: MoneyFormatter): string {
  switch (payment.kind) {
    case 'cash':
      return `Cash ${money(payment.amount)}`;
    case 'card':
      return `Card •••• ${payment.last4} ${money(payment.amount)}`;
    case 'mobile_money':
      return `${payment.provider} ${money(payment.amount)}`;
    case 'loyalty':
      return `${payment.points} points ${money(payment.value)}`;
  }
}
