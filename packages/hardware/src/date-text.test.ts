import { expect, test } from 'vitest';
import { formatReceiptDate } from './date-text';

test('receipt dates are in the store time zone, summer time included', () => {
  expect(formatReceiptDate('2025-03-30T00:30:00Z', 'Europe/Paris')).toBe('2025-03-30 01:30');
  expect(formatReceiptDate('2025-03-30T01:30:00Z', 'Europe/Paris')).toBe('2025-03-30 03:30');
  expect(formatReceiptDate('2025-12-31T23:59:00-05:00', 'UTC')).toBe('2026-01-01 04:59');
});
