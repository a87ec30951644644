import { toSafeNumber } from './rounding';

export interface AllocationShare {
  /** Stable key (a line id); breaks ties so the split never depends on line order. */
  key: string;
  /** Non-negative weight, e.g. the line's amount. */
  weight: number;
}

/**
 * Splits a non-negative integer `total` across shares in proportion to their weights by the
 * largest-remainder (Hamilton) method: every share gets the floor of its exact part, and the
 * units still missing go one each to the shares with the largest remainders (ties by key). The
 * parts always sum to `total` exactly, no part is more than one minor unit away from its exact
 * share, and no zero-weight share gets anything.
 */
export function allocateLargestRemainder(total: number, shares: readonly AllocationShare[]): Map<string, number> {
  if (!Number.isInteger(total) || total < 0) throw new RangeError('allocateLargestRemainder needs a non-negative integer total');
  const weightSum = shares.reduce((sum, s) => sum + BigInt(s.weight), 0n);
  const parts = new Map<string, number>();
  if (weightSum === 0n) {
    if (total !== 0) throw new RangeError(`cannot allocate ${total} across shares that all weigh nothing`);
    for (const share of shares) parts.set(share.key, 0);
    return parts;
  }
  const big = BigInt(total);
  const exact = shares.map((share) => {
    const scaled = big * BigInt(share.weight);
    return { key: share.key, floor: scaled / weightSum, remainder: scaled % weightSum };
  });
  let missing = big - exact.reduce((sum, e) => sum + e.floor, 0n);
  const byRemainder = [...exact].sort((a, b) => (a.remainder === b.remainder ? compareKeys(a.key, b.key) : a.remainder > b.remainder ? -1 : 1));
  const extra = new Set<string>();
  for (const e of byRemainder) {
    if (missing === 0n) break;
    extra.add(e.key);
    missing -= 1n;
  }
  for (const e of exact) parts.set(e.key, toSafeNumber(e.floor + (extra.has(e.key) ? 1n : 0n)));
  return parts;
}

export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
