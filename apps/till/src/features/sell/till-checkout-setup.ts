import { ManualPaymentTerminal } from '../checkout/manual-payment-terminal';

/**
 * How this till takes card payments: a standalone card terminal (the cashier keys in the slip).
 * The mobile-money providers and the challenge age for the "clearly over" visual check are the
 * channel's, in its selling settings (set in the back office, pulled with them).
 */

/** One per till: the payment screen asks it for each card payment and shows its slip form. */
export const tillPaymentTerminal = new ManualPaymentTerminal();
