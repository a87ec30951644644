import { z } from 'zod';
import { currencySchema, minorUnitsSchema } from '../money';
import type { CardPayment } from './payment';

/**
 * The card terminal is a port: the till asks an external terminal to take an amount and records
 * what it answers. Each terminal model or payment provider gets its own adapter at the edge (and
 * tests use a fake); nothing here talks to a gateway. The answer is parsed with
 * `terminalOutcomeSchema` where it enters, since it comes from outside the till's own code.
 */
export const terminalPaymentRequestSchema = z.object({
  amount: minorUnitsSchema.min(1),
  currency: currencySchema,
  /** The sale the payment is for, so the terminal's records can be matched to it. */
  saleId: z.uuid(),
});
export type TerminalPaymentRequest = z.infer<typeof terminalPaymentRequestSchema>;

export const terminalOutcomeSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('approved'),
    last4: z.string().regex(/^\d{4}$/, 'the last four digits of the card'),
    approvalCode: z.string().trim().min(1).max(20),
    terminalRef: z.string().trim().min(1).max(64),
  }),
  /** The card or its issuer refused; the reason is the terminal's, for the cashier to read out. */
  z.object({ status: z.literal('declined'), reason: z.string().max(200) }),
  /** The customer or cashier stopped it on the terminal; nothing was taken. */
  z.object({ status: z.literal('cancelled') }),
]);
export type TerminalOutcome = z.infer<typeof terminalOutcomeSchema>;
export type TerminalApproval = Extract<TerminalOutcome, { status: 'approved' }>;

export interface PaymentTerminal {
  /** Starts a payment on the terminal and resolves when the customer and the card have answered. */
  startPayment(request: TerminalPaymentRequest): Promise<TerminalOutcome>;
}

/** The card payment recorded on the sale for an approved terminal payment. */
export function cardPaymentFrom(amount: number, approval: TerminalApproval): CardPayment {
  return { kind: 'card', amount, last4: approval.last4, approvalCode: approval.approvalCode, terminalRef: approval.terminalRef };
}
