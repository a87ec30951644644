import { describe, expect, test } from 'vitest';
import { basisPointsToPercent, MAX_RATE_BP, percentToBasisPoints } from './tax-rate-percent';

const bp = (typed: string) => {
  const reading = percentToBasisPoints(typed);
  return reading.ok ? reading.basisPoints : reading.message;
};

describe('a typed tax percentage in basis points', () => {
  test('whole and decimal percentages become exact basis points', () => {
    expect(bp('23')).toBe(2300);
    expect(bp('13.5')).toBe(1350);
    expect(bp('8.88')).toBe(888);
    expect(bp('0')).toBe(0);
    expect(bp('100')).toBe(10_000);
    expect(bp('.5')).toBe(50);
    expect(bp('7.')).toBe(700);
  });

  test('values that drift as floats come out exact (4.35 × 100 is 434.99999999999994 in binary)', () => {
    expect(4.35 * 100).not.toBe(435);
    expect(bp('8.1')).toBe(810);
    expect(bp('4.35')).toBe(435);
    expect(bp('0.07')).toBe(7);
    expect(bp('1.15')).toBe(115);
  });

  test('a comma decimal, a percent sign, spaces, leading and trailing zeros are all read', () => {
    expect(bp('13,5')).toBe(1350);
    expect(bp(' 23 % ')).toBe(2300);
    expect(bp('23%')).toBe(2300);
    expect(bp('007.50')).toBe(750);
    expect(bp('8.8750')).toBe('A rate has at most two decimals, such as 8.88.');
    expect(bp('8.500')).toBe(850);
  });

  test('more than two decimals are refused rather than rounded', () => {
    expect(bp('8.875')).toBe('A rate has at most two decimals, such as 8.88.');
    expect(bp('0.001')).toBe('A rate has at most two decimals, such as 8.88.');
  });

  test('empty, negative, over 100 % and non-numbers are refused with a sentence', () => {
    expect(bp('')).toBe('Enter the rate as a percentage, such as 23 or 13.5.');
    expect(bp('  %')).toBe('Enter the rate as a percentage, such as 23 or 13.5.');
    expect(bp('-5')).toBe('A tax rate cannot be negative.');
    expect(bp('100.01')).toBe('A tax rate cannot be more than 100 %.');
    expect(bp('2300')).toBe('A tax rate cannot be more than 100 %.');
    expect(bp('99999999999999999999')).toBe('A tax rate cannot be more than 100 %.');
    for (const typed of ['abc', '1e2', '2.3.4', '1,2.3', '.', '23 percent', '0x10', '+5', 'Infinity']) {
      expect(percentToBasisPoints(typed).ok, typed).toBe(false);
    }
  });

  test('every rate from 0 to 100 % shown as a percentage reads back to the same basis points', () => {
    for (let rate = 0; rate <= MAX_RATE_BP; rate += 1) {
      expect(percentToBasisPoints(basisPointsToPercent(rate))).toEqual({ ok: true, basisPoints: rate });
    }
    expect(basisPointsToPercent(2300)).toBe('23');
    expect(basisPointsToPercent(1350)).toBe('13.5');
    expect(basisPointsToPercent(5)).toBe('0.05');
    expect(basisPointsToPercent(10_000)).toBe('100');
  });
});
