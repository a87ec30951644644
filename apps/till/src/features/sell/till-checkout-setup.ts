import { ManualPaymentTerminal } from '../checkout/manual-payment-terminal';

/**
 * How this till takes payments, until the channel's settings carry it: a standalone card terminal
 * (the cashier keys in the slip), the common mobile-money providers, and a challenge age for the
 * "clearly over" visual check.
 */

/** One per till: the payment screen asks it for each card payment and shows its slip form. */
export const tillPaymentTerminal = new ManualPaymentTerminal();

export const MOBILE_MONEY_PROVIDERS: readonly string[] = ['M-Pesa', 'MTN MoMo', 'Airtel Money'];

/**
 * The age under which the cashier must see ID ("Challenge 25"): 25, or four years over a minimum
 * age above 21. A customer clearly over it may be served on sight, recorded as a visual check.
 */
export function challengeAgeFor(minimumAge: number): number {
  return Math.max(25, minimumAge + 4);
}
