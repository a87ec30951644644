import { currencyDigits, formatMoney, type MinorUnits } from '@tillsafe/domain';
import { parseMoneyInput } from '../payment/money-input';
import type { PaymentSetup } from './payment-state';

/** An amount for people, in the sale's currency and the channel's locale. */
export function money(setup: Pick<PaymentSetup, 'currency' | 'locale'>, minor: MinorUnits): string {
  return formatMoney(minor, setup.currency, setup.locale);
}

/** A typed amount in minor units; undefined for nothing usable. */
export function typedAmount(setup: Pick<PaymentSetup, 'currency'>, text: string): MinorUnits | undefined {
  return parseMoneyInput(text, currencyDigits(setup.currency));
}

/** An amount as the cashier would type it ("20.00"), to put into a field. */
export function amountText(setup: Pick<PaymentSetup, 'currency'>, minor: MinorUnits): string {
  const digits = currencyDigits(setup.currency);
  return digits === 0 ? String(minor) : (minor / 10 ** digits).toFixed(digits);
}
