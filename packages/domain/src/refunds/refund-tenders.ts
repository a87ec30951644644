import { cashDue, type CashRoundingRule } from '../pricing/cash-rounding';
import { mulDivRounded } from '../pricing/rounding';
import { paymentValue, type Payment } from '../tenders/payment';
import type { PriorRefund, RefundTender } from './refund-record';

/**
 * Where a refund's money goes. Asked to go back to the original tenders, it unwinds the sale's
 * split tender from the other end: the payments in reverse of the order they were taken, so the
 * tender the customer reached for first — the one they preferred — is the last refunded to. Each
 * payment takes back at most what it paid less what earlier refunds already returned to it; all
 * cash payments are one drawer and take back at most the cash the sale kept (tendered less
 * change). A card refund quotes the card payment's own terminal reference, so it goes back to the
 * same card through the terminal that took it; points go back as points, in the proportion they
 * were worth, rounded so that refunding all they paid returns exactly the points spent. Whatever
 * the original tenders cannot take back is paid in cash. Asked for cash, it is all cash.
 *
 * Cash rounding applies to the cash paid out only, as on a sale.
 */
export type RefundDestination = 'original' | 'cash';

export function refundTenders(
  amount: number,
  saleTotal: number,
  payments: readonly Payment[],
  priorRefunds: readonly PriorRefund[],
  to: RefundDestination,
  cashRounding?: CashRoundingRule,
): RefundTender[] {
  const tenders: RefundTender[] = [];
  let remaining = amount;
  let cash = 0;
  if (to === 'original') {
    const returned = returnedByPayment(priorRefunds);
    const nonCash = payments.reduce((sum, p) => (p.kind === 'cash' ? sum : sum + paymentValue(p)), 0);
    const cashTendered = payments.reduce((sum, p) => (p.kind === 'cash' ? sum + p.amount : sum), 0);
    const cashKept = Math.min(cashTendered, Math.max(0, saleTotal - nonCash));
    let drawerUsed = false;
    for (let index = payments.length - 1; index >= 0 && remaining > 0; index--) {
      const payment = payments[index]!;
      if (payment.kind === 'cash') {
        if (drawerUsed) continue;
        drawerUsed = true;
        const take = Math.min(remaining, Math.max(0, cashKept - returned.cash));
        cash += take;
        remaining -= take;
        continue;
      }
      const before = returned.byPayment.get(index) ?? 0;
      const take = Math.min(remaining, Math.max(0, paymentValue(payment) - before));
      if (take === 0) continue;
      remaining -= take;
      switch (payment.kind) {
        case 'card':
          tenders.push({ kind: 'card', amount: take, paymentIndex: index, last4: payment.last4, terminalRef: payment.terminalRef });
          break;
        case 'mobile_money':
          tenders.push({ kind: 'mobile_money', amount: take, paymentIndex: index, provider: payment.provider, reference: payment.reference });
          break;
        case 'loyalty': {
          const pointsAt = (value: number) => mulDivRounded(value, payment.points, payment.value, 'half-even');
          tenders.push({ kind: 'loyalty', amount: take, paymentIndex: index, points: pointsAt(before + take) - pointsAt(before) });
          break;
        }
      }
    }
  }
  cash += remaining;
  if (cash > 0) {
    const due = cashRounding ? cashDue(cash, cashRounding).due : cash;
    tenders.push({ kind: 'cash', amount: due, rounding: due - cash });
  }
  return tenders;
}

/** What earlier refunds returned to each non-cash payment, and to the drawer before rounding. */
function returnedByPayment(priorRefunds: readonly PriorRefund[]): { byPayment: Map<number, number>; cash: number } {
  const byPayment = new Map<number, number>();
  let cash = 0;
  for (const refund of priorRefunds) {
    for (const tender of refund.tenders) {
      if (tender.kind === 'cash') cash += tender.amount - tender.rounding;
      else byPayment.set(tender.paymentIndex, (byPayment.get(tender.paymentIndex) ?? 0) + tender.amount);
    }
  }
  return { byPayment, cash };
}
