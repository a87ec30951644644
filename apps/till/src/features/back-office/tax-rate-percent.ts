/**
 * A tax rate typed as a percentage ("23", "13.5", "8,875 %") read into basis points (2300, 1350)
 * from its digits, never through a float: 0.1 + 0.2 style drift cannot turn 8.1 % into 809 bp.
 * Basis points hold two decimals of a percent, so a third decimal that is not zero is refused
 * rather than rounded away.
 */

export const MAX_RATE_BP = 10_000;

export type PercentReading = { ok: true; basisPoints: number } | { ok: false; message: string };

const PERCENT = /^(\d*)(?:[.,](\d*))?$/;

export function percentToBasisPoints(typed: string): PercentReading {
  const text = typed.trim().replace(/\s*%$/, '').trim();
  if (text === '') return { ok: false, message: 'Enter the rate as a percentage, such as 23 or 13.5.' };
  if (text.startsWith('-')) return { ok: false, message: 'A tax rate cannot be negative.' };
  const match = PERCENT.exec(text);
  const whole = match?.[1] ?? '';
  const fraction = (match?.[2] ?? '').replace(/0+$/, '');
  if (!match || (whole === '' && (match[2] ?? '') === '')) return { ok: false, message: 'Enter the rate as a number, such as 23 or 13.5.' };
  if (fraction.length > 2) return { ok: false, message: 'A rate has at most two decimals, such as 8.88.' };
  const wholeDigits = whole.replace(/^0+(?=\d)/, '');
  if (wholeDigits.length > 3) return { ok: false, message: 'A tax rate cannot be more than 100 %.' };
  const basisPoints = Number(wholeDigits || '0') * 100 + Number(fraction.padEnd(2, '0'));
  if (basisPoints > MAX_RATE_BP) return { ok: false, message: 'A tax rate cannot be more than 100 %.' };
  return { ok: true, basisPoints };
}

/** Basis points as the percentage a person types: 2300 → "23", 1350 → "13.5", 5 → "0.05". */
export function basisPointsToPercent(basisPoints: number): string {
  const whole = Math.trunc(basisPoints / 100);
  const fraction = String(basisPoints % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}
