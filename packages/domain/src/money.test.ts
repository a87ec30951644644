import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { currencyDigits, divideHalfEven, formatMoney, moneyText, parseMoneyText } from './money';

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

test('formatters are kept per locale and currency: each pair formats as its own, however they alternate', () => {
  for (let round = 0; round < 2; round++) {
    expect(formatMoney(123456, 'EUR', 'de-DE')).toBe('1.234,56\u00a0€');
    expect(formatMoney(123456, 'EUR', 'en-IE')).toBe('€1,234.56');
    expect(formatMoney(123456, 'JPY', 'de-DE')).toBe('123.456\u00a0¥');
    expect(currencyDigits('JPY')).toBe(0);
    expect(currencyDigits('KWD')).toBe(3);
  }
});

describe('amounts typed by people or read from a spreadsheet', () => {
  test('a dot or a comma marks the decimals, and missing decimals are zeros', () => {
    expect(parseMoneyText('12.50', 'USD')).toBe(1250);
    expect(parseMoneyText(' 12,5 ', 'EUR')).toBe(1250);
    expect(parseMoneyText('12', 'USD')).toBe(1200);
    expect(parseMoneyText('0.05', 'USD')).toBe(5);
    expect(parseMoneyText('1200', 'JPY')).toBe(1200);
  });

  test('more decimals than the currency has, signs, thousands separators and words are refused', () => {
    for (const text of ['12.505', '-1', '1,250.00', 'twelve', '', '12.5.0', '1e3']) expect(parseMoneyText(text, 'USD'), text).toBeUndefined();
    expect(parseMoneyText('12.5', 'JPY')).toBeUndefined();
  });

  test('minor units are written back as a plain decimal that reads the same', () => {
    expect(moneyText(1250, 'USD')).toBe('12.50');
    expect(moneyText(5, 'EUR')).toBe('0.05');
    expect(moneyText(-5, 'EUR')).toBe('-0.05');
    expect(moneyText(1200, 'JPY')).toBe('1200');
    for (const minor of [0, 1, 99, 100, 123456]) expect(parseMoneyText(moneyText(minor, 'USD'), 'USD')).toBe(minor);
  });
});
