import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { cashDue, cashRoundingRuleSchema } from './cash-rounding';

describe('cash rounding is a tender rule', () => {
  test('cash due rounds to the nearest 0.05 and the sale total stays as it was', () => {
    expect(cashDue(1002, { increment: 5, mode: 'half-up' })).toEqual({ total: 1002, due: 1000, rounding: -2 });
    expect(cashDue(1003, { increment: 5, mode: 'half-up' })).toEqual({ total: 1003, due: 1005, rounding: 2 });
    expect(cashDue(1000, { increment: 5, mode: 'half-up' })).toEqual({ total: 1000, due: 1000, rounding: 0 });
  });

  test('with an even step the modes differ only on exact halves', () => {
    expect(cashDue(15, { increment: 10, mode: 'half-up' }).due).toBe(20);
    expect(cashDue(25, { increment: 10, mode: 'half-up' }).due).toBe(30);
    expect(cashDue(25, { increment: 10, mode: 'half-even' }).due).toBe(20);
    expect(cashDue(26, { increment: 10, mode: 'half-even' }).due).toBe(30);
  });

  test('a cash refund rounds symmetrically', () => {
    expect(cashDue(-1003, { increment: 5, mode: 'half-up' }).due).toBe(-1005);
  });

  test('the rounding is never more than half a step and due is always a whole step', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 1, max: 1000 }), fc.constantFrom('half-up' as const, 'half-even' as const), (total, increment, mode) => {
        const { due, rounding } = cashDue(total, { increment, mode });
        expect(due % increment === 0).toBe(true);
        expect(Math.abs(rounding) * 2).toBeLessThanOrEqual(increment);
        expect(due - rounding).toBe(total);
      }),
      { seed: 3_2026, numRuns: 300 },
    );
  });

  test('a step of zero is refused', () => {
    expect(cashRoundingRuleSchema.safeParse({ increment: 0, mode: 'half-up' }).success).toBe(false);
  });
});
