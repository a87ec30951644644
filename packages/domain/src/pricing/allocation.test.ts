import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { allocateLargestRemainder } from './allocation';

const seeded = { seed: 11_2026, numRuns: 300 };
const sharesArb = fc.uniqueArray(fc.record({ key: fc.uuid(), weight: fc.integer({ min: 0, max: 1_000_000 }) }), { minLength: 1, maxLength: 12, selector: (s) => s.key });

describe('largest-remainder allocation', () => {
  test('10 split over three equal lines gives 4, 3, 3 — the extra cent to the smallest key', () => {
    const parts = allocateLargestRemainder(10, [
      { key: 'c', weight: 500 },
      { key: 'a', weight: 500 },
      { key: 'b', weight: 500 },
    ]);
    expect([parts.get('a'), parts.get('b'), parts.get('c')]).toEqual([4, 3, 3]);
  });

  test('the parts always sum to the total and each is within one unit of its exact share', () => {
    fc.assert(
      fc.property(sharesArb, fc.integer({ min: 0, max: 10_000_000 }), (shares, total) => {
        fc.pre(shares.some((s) => s.weight > 0));
        const parts = allocateLargestRemainder(total, shares);
        const weightSum = shares.reduce((sum, s) => sum + s.weight, 0);
        expect([...parts.values()].reduce((a, b) => a + b, 0)).toBe(total);
        for (const share of shares) {
          const exact = (total * share.weight) / weightSum;
          expect(Math.abs(parts.get(share.key)! - exact)).toBeLessThan(1 + 1e-9);
          if (share.weight === 0) expect(parts.get(share.key)).toBe(0);
        }
      }),
      seeded,
    );
  });

  test('the split does not depend on the order the shares are listed in', () => {
    fc.assert(
      fc.property(sharesArb, fc.integer({ min: 0, max: 100_000 }), (shares, total) => {
        fc.pre(shares.some((s) => s.weight > 0));
        expect(allocateLargestRemainder(total, [...shares].reverse())).toEqual(allocateLargestRemainder(total, shares));
      }),
      seeded,
    );
  });

  test('an amount cannot be spread over shares that weigh nothing', () => {
    expect(() => allocateLargestRemainder(5, [{ key: 'a', weight: 0 }])).toThrow(RangeError);
    expect(allocateLargestRemainder(0, [{ key: 'a', weight: 0 }]).get('a')).toBe(0);
  });
});
