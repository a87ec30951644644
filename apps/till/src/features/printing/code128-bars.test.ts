import { expect, test } from 'vitest';
import { code128Bars, code128SetCSymbols } from './code128-bars';

test('a 40-digit sale code is start C, 20 digit pairs, the check value and stop: 255 modules as the printer draws it', () => {
  const digits = '0123456789012345678901234567890123456789';
  const symbols = code128SetCSymbols(digits);
  expect(symbols[0]).toBe(105);
  expect(symbols.slice(1, 21)).toEqual([1, 23, 45, 67, 89, 1, 23, 45, 67, 89, 1, 23, 45, 67, 89, 1, 23, 45, 67, 89]);
  expect(symbols.at(-1)).toBe(106);
  expect(code128Bars(digits).modules).toBe(255);
});

test('the check value follows the standard weighting (start + position × value, mod 103)', () => {
  // "1234": start C (105) + 1×12 + 2×34 = 185 → 185 mod 103 = 82
  expect(code128SetCSymbols('1234')).toEqual([105, 12, 34, 82, 106]);
});

test('every bar starts where the previous space ends and the last bar closes the stop pattern', () => {
  const { bars, modules } = code128Bars('00');
  const last = bars.at(-1)!;
  expect(last[0] + last[1]).toBe(modules);
  for (let i = 1; i < bars.length; i++) expect(bars[i]![0]).toBeGreaterThan(bars[i - 1]![0] + bars[i - 1]![1] - 1);
});
