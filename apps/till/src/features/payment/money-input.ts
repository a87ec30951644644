import type { MinorUnits } from '@tillsafe/domain';

/**
 * Reads an amount a cashier typed ("20", "20.5", "20,50", "$1,234.00") as minor units, with
 * `digits` minor-unit digits. The last "." or "," followed by at most `digits` digits is the
 * decimal separator; other separators are grouping. Returns undefined for anything else.
 */
export function parseMoneyInput(text: string, digits: number): MinorUnits | undefined {
  const cleaned = text.replace(/[^\d.,]/g, '');
  if (!/\d/.test(cleaned)) return undefined;
  const match = /^(.*?)(?:[.,](\d*))?$/.exec(cleaned);
  let whole = cleaned;
  let fraction = '';
  if (match?.[2] !== undefined && match[2].length <= digits && digits > 0) {
    whole = match[1] ?? '';
    fraction = match[2];
  }
  whole = whole.replace(/[.,]/g, '');
  if (!/^\d*$/.test(whole) || (whole === '' && fraction === '')) return undefined;
  const minor = Number(whole || '0') * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  return Number.isSafeInteger(minor) ? minor : undefined;
}

/** Minor units as a plain input value ("20.00"), no currency symbol or grouping. */
export function formatMoneyInput(minor: MinorUnits, digits: number): string {
  return digits === 0 ? String(minor) : (minor / 10 ** digits).toFixed(digits);
}
