import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { divideHalfEven, formatMoney } from './money';

describe('divideHalfEven', () => {
  test('a half rounds to the even neighbour', () => {
    expect(divideHalfEven(5, 2)).toBe(2);
    expect(divideHalfEven(7, 2)).toBe(4);
    expect(divideHalfEven(-5, 2)).toBe(-2);
  });

  test('anything other than a half rounds to the nearest integer', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 1, max: 1e6 }), (n, d) => {
        const q = divideHalfEven(n, d);
        expect(Math.abs(q * d - n) * 2).toBeLessThanOrEqual(d);
      }),
    );
  });

  test('refuses a zero denominator', () => {
    expect(() => divideHalfEven(1, 0)).toThrow(RangeError);
  });
});

test('money is formatted in the channel locale from minor units', () => {
  expect(formatMoney(123456, 'USD', 'en-US')).toBe('$1,234.56');
  expect(formatMoney(500, 'JPY', 'en-US')).toBe('¥500');
});
