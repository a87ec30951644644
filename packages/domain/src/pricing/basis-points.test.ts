import { expect, test } from 'vitest';
import { basisPointsSchema, formatPercent } from './basis-points';

test('basis points read as percentages with only the decimals they need', () => {
  expect(formatPercent(1000)).toBe('10%');
  expect(formatPercent(1250)).toBe('12.5%');
  expect(formatPercent(333)).toBe('3.33%');
  expect(formatPercent(5)).toBe('0.05%');
  expect(formatPercent(10_000)).toBe('100%');
});

test('a percentage above 100 % or with a fraction of a basis point is refused', () => {
  expect(basisPointsSchema.safeParse(10_001).success).toBe(false);
  expect(basisPointsSchema.safeParse(12.5).success).toBe(false);
  expect(basisPointsSchema.safeParse(-1).success).toBe(false);
});
