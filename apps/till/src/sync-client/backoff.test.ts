import { expect, test } from 'vitest';
import { retryDelay } from './backoff';

test('retries start at one second and double, never past a minute', () => {
  expect(retryDelay(0, () => 1)).toBe(1_000);
  expect(retryDelay(3, () => 1)).toBe(8_000);
  expect(retryDelay(30, () => 1)).toBe(60_000);
});

test('jitter spreads retries over the upper half of the window', () => {
  expect(retryDelay(3, () => 0)).toBe(4_000);
  expect(retryDelay(30, () => 0)).toBe(30_000);
  expect(retryDelay(0, () => 0)).toBe(1_000);
});
