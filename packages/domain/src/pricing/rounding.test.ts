import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { divideRounded, mulDivRounded, percentOf, roundToMultiple } from './rounding';

const seeded = { seed: 5_2026, numRuns: 300 };

describe('explicit rounding', () => {
  test('half-even sends an exact half to the even neighbour, half-up away from zero', () => {
    expect(divideRounded(5n, 2n, 'half-even')).toBe(2n);
    expect(divideRounded(7n, 2n, 'half-even')).toBe(4n);
    expect(divideRounded(5n, 2n, 'half-up')).toBe(3n);
    expect(divideRounded(-5n, 2n, 'half-even')).toBe(-2n);
    expect(divideRounded(-5n, 2n, 'half-up')).toBe(-3n);
  });

  test('anything but a half rounds to the nearest integer in both modes', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.bigInt({ min: 1n, max: 10n ** 9n }), fc.constantFrom('half-even', 'half-up' as const), (n, d, mode) => {
        const q = divideRounded(n, d, mode);
        const distance = (q * d - n) * 2n;
        expect(distance <= d && distance >= -d).toBe(true);
      }),
      seeded,
    );
  });

  test('a percentage of a large line is exact even where price × quantity × basis points passes 2^53', () => {
    // 1 000 000.00 × 10 000 units at 33.33 %: the product is about 3.3e20.
    expect(percentOf(100_000_000 * 10_000, 3333, 'half-even')).toBe(333_300_000_000);
    expect(mulDivRounded(999_999_999_999, 9_999, 10_000, 'half-even')).toBe(999_899_999_999);
  });

  test('a 12.5 % discount on 1 cent rounds to nothing with half-even and to a cent with half-up at the half', () => {
    expect(percentOf(4, 1250, 'half-even')).toBe(0);
    expect(percentOf(4, 1250, 'half-up')).toBe(1);
  });

  test('rounding to a cash step lands on a multiple of the step', () => {
    expect(roundToMultiple(1002, 5, 'half-up')).toBe(1000);
    expect(roundToMultiple(1003, 5, 'half-up')).toBe(1005);
    expect(roundToMultiple(-1003, 5, 'half-up')).toBe(-1005);
  });

  test('a result money cannot hold exactly is refused, not silently rounded', () => {
    expect(() => mulDivRounded(Number.MAX_SAFE_INTEGER, 3, 1, 'half-even')).toThrow(RangeError);
    expect(() => percentOf(1.5, 100, 'half-even')).toThrow(RangeError);
  });
});
