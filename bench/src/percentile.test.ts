import { expect, test } from 'vitest';
import { percentile, roundFigure } from './percentile';

test('the p95 of 1..100 is 95 and the p50 is 50 (nearest rank)', () => {
  const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
  expect(percentile(samples, 95)).toBe(95);
  expect(percentile(samples, 50)).toBe(50);
  expect(percentile(samples, 100)).toBe(100);
});

test('a percentile is always one of the samples, never interpolated', () => {
  expect(percentile([10, 20], 50)).toBe(10);
  expect(percentile([10, 20], 51)).toBe(20);
  expect(percentile([7], 99)).toBe(7);
});

test('the p99 of 200 samples is the second largest', () => {
  const samples = Array.from({ length: 200 }, (_, i) => i + 1);
  expect(percentile(samples, 99)).toBe(198);
});

test('no samples or a percentile outside (0, 100] is refused', () => {
  expect(() => percentile([], 50)).toThrow(RangeError);
  expect(() => percentile([1], 0)).toThrow(RangeError);
  expect(() => percentile([1], 101)).toThrow(RangeError);
});

test('figures keep three significant digits', () => {
  expect(roundFigure(2.34567)).toBe(2.35);
  expect(roundFigure(12.3456)).toBe(12.3);
  expect(roundFigure(0.012345)).toBe(0.0123);
  expect(roundFigure(1580.4)).toBe(1580);
  expect(roundFigure(0)).toBe(0);
});
