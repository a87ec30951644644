import { z } from 'zod';

/**
 * Explicit rounding for every division the pricing engine makes. Money stays in integer minor
 * units; a percentage or a proportional share is computed exactly in BigInt (price × quantity ×
 * basis points can pass 2^53) and rounded once, in the mode the store's settings name:
 * - `half-even` (the default, banker's rounding): a half goes to the even neighbour, so rounding
 *   many lines does not drift upward on average;
 * - `half-up`: a half goes away from zero, as some tax authorities require.
 */
export const roundingModes = ['half-even', 'half-up'] as const;
export const roundingModeSchema = z.enum(roundingModes);
export type RoundingMode = z.infer<typeof roundingModeSchema>;

/** numerator ÷ denominator rounded to an integer in the given mode; the denominator must be positive. */
export function divideRounded(numerator: bigint, denominator: bigint, mode: RoundingMode): bigint {
  if (denominator <= 0n) throw new RangeError('divideRounded needs a positive denominator');
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  let quotient = magnitude / denominator;
  const twice = (magnitude % denominator) * 2n;
  if (twice > denominator || (twice === denominator && (mode === 'half-up' || quotient % 2n === 1n))) quotient += 1n;
  return negative ? -quotient : quotient;
}

/** amount × numerator ÷ denominator, rounded once, for integer inputs. */
export function mulDivRounded(amount: number, numerator: number, denominator: number, mode: RoundingMode): number {
  return toSafeNumber(divideRounded(BigInt(amount) * BigInt(numerator), BigInt(denominator), mode));
}

/** `bp` basis points (1/100 of a percent) of an amount, rounded once. */
export function percentOf(amount: number, bp: number, mode: RoundingMode): number {
  return mulDivRounded(amount, bp, 10_000, mode);
}

/** Rounds an amount to a multiple of `increment` (e.g. cash to 5 cents). */
export function roundToMultiple(amount: number, increment: number, mode: RoundingMode): number {
  return toSafeNumber(divideRounded(BigInt(amount), BigInt(increment), mode) * BigInt(increment));
}

export function toSafeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new RangeError(`${value} minor units is beyond what money can hold exactly`);
  }
  return Number(value);
}
