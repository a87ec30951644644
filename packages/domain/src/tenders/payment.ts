import { z } from 'zod';
import { minorUnitsSchema } from '../money';

/**
 * One way a customer paid, recorded on the sale as the till took it. A sale may be paid with
 * several (a split tender): cash, a card through an external terminal, mobile money, loyalty
 * points. Only cash may be handed over beyond what is due — the difference goes back as change.
 *
 * A card payment keeps what the terminal answered (the last four digits, the approval code and
 * the terminal's own reference for the transaction) so a refund can go back to the same card
 * through the same terminal; the full card number never reaches the till.
 */
export const paymentKinds = ['cash', 'card', 'mobile_money', 'loyalty'] as const;
export const paymentKindSchema = z.enum(paymentKinds);
export type PaymentKind = z.infer<typeof paymentKindSchema>;

/** The most one payment may be: 10 000 000.00 in a two-digit currency, so sums stay exact. */
export const MAX_PAYMENT = 1_000_000_000;
const paymentAmountSchema = minorUnitsSchema.min(1).max(MAX_PAYMENT);

export const cashPaymentSchema = z.object({
  kind: z.literal('cash'),
  /** What the customer handed over; zero only records a cash-rounded balance of nothing to pay. */
  amount: minorUnitsSchema.min(0).max(MAX_PAYMENT),
});

export const cardPaymentSchema = z.object({
  kind: z.literal('card'),
  amount: paymentAmountSchema,
  last4: z.string().regex(/^\d{4}$/, 'the last four digits of the card'),
  approvalCode: z.string().trim().min(1).max(20),
  /** The terminal's reference for this transaction; a refund to the card quotes it. */
  terminalRef: z.string().trim().min(1).max(64),
});

export const mobileMoneyPaymentSchema = z.object({
  kind: z.literal('mobile_money'),
  amount: paymentAmountSchema,
  provider: z.string().trim().min(1).max(40),
  /** The provider's transaction reference, read out or scanned from the customer's phone. */
  reference: z.string().trim().min(1).max(64),
});

export const loyaltyPaymentSchema = z.object({
  kind: z.literal('loyalty'),
  /** Points taken from the customer's balance. */
  points: z.int().min(1).max(MAX_PAYMENT),
  /** What those points pay, in minor units (loyalty/point-value.ts says what points are worth). */
  value: paymentAmountSchema,
});

export const paymentSchema = z.discriminatedUnion('kind', [cashPaymentSchema, cardPaymentSchema, mobileMoneyPaymentSchema, loyaltyPaymentSchema]);
export type Payment = z.infer<typeof paymentSchema>;
export type CashPayment = z.infer<typeof cashPaymentSchema>;
export type CardPayment = z.infer<typeof cardPaymentSchema>;
export type MobileMoneyPayment = z.infer<typeof mobileMoneyPaymentSchema>;
export type LoyaltyPayment = z.infer<typeof loyaltyPaymentSchema>;

/** A split tender has at most this many payments. */
export const MAX_PAYMENTS = 20;
export const paymentsSchema = z.array(paymentSchema).max(MAX_PAYMENTS);

/** What a payment pays towards the sale, in minor units (loyalty points count at their value). */
export function paymentValue(payment: Payment): number {
  return payment.kind === 'loyalty' ? payment.value : payment.amount;
}
