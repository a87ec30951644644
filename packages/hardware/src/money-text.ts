import { currencyDigits, formatMoney } from '@tillsafe/domain';
import { printable } from './text-columns';

/**
 * Amounts on receipts: line amounts without the currency symbol ("12.50"), totals and tenders
 * with it ("€42.50"), both in the channel's locale, both printable in a single-byte code page.
 */
export function formatAmount(minor: number, currency: string, locale: string): string {
  const digits = currencyDigits(currency);
  const text = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(minor / 10 ** digits);
  return printable(text);
}

export function formatTotal(minor: number, currency: string, locale: string): string {
  return printable(formatMoney(minor, currency, locale));
}
