import { expect, test } from 'vitest';
import { formatMoneyInput, parseMoneyInput } from './money-input';

test('typed amounts become minor units', () => {
  expect(parseMoneyInput('20', 2)).toBe(2000);
  expect(parseMoneyInput('20.5', 2)).toBe(2050);
  expect(parseMoneyInput('20,50', 2)).toBe(2050);
  expect(parseMoneyInput('$1,234.56', 2)).toBe(123456);
  expect(parseMoneyInput('.75', 2)).toBe(75);
  expect(parseMoneyInput('500', 0)).toBe(500);
});

test('nothing usable reads as undefined', () => {
  expect(parseMoneyInput('', 2)).toBeUndefined();
  expect(parseMoneyInput('abc', 2)).toBeUndefined();
  expect(parseMoneyInput('.', 2)).toBeUndefined();
});

test('an amount goes back into the input without symbols', () => {
  expect(formatMoneyInput(2050, 2)).toBe('20.50');
  expect(formatMoneyInput(500, 0)).toBe('500');
});
