import { z } from 'zod';

/** Money is always an integer count of minor units (cents) of one ISO-4217 currency. */
export const minorUnitsSchema = z.int().min(Number.MIN_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);
export type MinorUnits = z.infer<typeof minorUnitsSchema>;

export const currencySchema = z.string().regex(/^[A-Z]{3}$/, 'an ISO-4217 currency code');
export type Currency = z.infer<typeof currencySchema>;

/**
 * Divides an integer by a positive integer, rounding half to even (banker's rounding), so that
 * rounding many lines does not drift upward on average.
 */
export function divideHalfEven(numerator: number, denominator: number): number {
  if (!Number.isInteger(numerator) || !Number.isInteger(denominator) || denominator <= 0) {
    throw new RangeError('divideHalfEven needs integers and a positive denominator');
  }
  const quotient = Math.floor(numerator / denominator);
  const remainder = numerator - quotient * denominator;
  const twice = remainder * 2;
  if (twice < denominator) return quotient;
  if (twice > denominator) return quotient + 1;
  return quotient % 2 === 0 ? quotient : quotient + 1;
}

/**
 * Currency formatters by locale and currency. Building an `Intl.NumberFormat` costs far more than
 * formatting with one, and a product grid formats a price per tile on every render: each
 * formatter is built once and kept (a till knows a handful of locales and currencies).
 */
const currencyFormats = new Map<string, { format: Intl.NumberFormat; digits: number }>();

function currencyFormat(currency: Currency, locale: string): { format: Intl.NumberFormat; digits: number } {
  const key = `${locale}\u0000${currency}`;
  let found = currencyFormats.get(key);
  if (!found) {
    const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
    found = { format, digits: locale === 'en' ? (format.resolvedOptions().maximumFractionDigits ?? 2) : currencyDigits(currency) };
    currencyFormats.set(key, found);
  }
  return found;
}

/** Formats minor units for people, in the channel's locale. */
export function formatMoney(minor: MinorUnits, currency: Currency, locale = 'en-US'): string {
  const { format, digits } = currencyFormat(currency, locale);
  return format.format(minor / 10 ** digits);
}

/** Number of minor-unit digits of a currency (2 for USD/EUR, 0 for JPY…), as English formats it whatever the locale. */
export function currencyDigits(currency: Currency): number {
  return currencyFormat(currency, 'en').digits;
}

/**
 * Reads an amount people typed or a spreadsheet holds ("12.50", "12,5", "1250", "1,250.00" is
 * refused: no thousands separators) into minor units; undefined when it is not one. A decimal
 * comma is accepted. More decimals than the currency has are refused, never rounded.
 */
export function parseMoneyText(text: string, currency: Currency): MinorUnits | undefined {
  const digits = currencyDigits(currency);
  const match = /^(\d{1,13})(?:[.,](\d*))?$/.exec(text.trim());
  if (!match) return undefined;
  const fraction = match[2] ?? '';
  if (fraction.length > digits) return undefined;
  return Number(match[1]) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
}

/** Minor units as a plain decimal ("12.50", "-0.05", "1200" for JPY): for CSV files and input fields. */
export function moneyText(minor: MinorUnits, currency: Currency): string {
  const digits = currencyDigits(currency);
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  if (digits === 0) return `${sign}${abs}`;
  const scale = 10 ** digits;
  return `${sign}${Math.floor(abs / scale)}.${String(abs % scale).padStart(digits, '0')}`;
}
