import { z } from 'zod';

/** A percentage in basis points: 1 bp = 0.01 %, 10 000 bp = 100 %. Never a float. */
export const basisPointsSchema = z.int().min(0).max(10_000);
export type BasisPoints = z.infer<typeof basisPointsSchema>;

/** "10%", "12.5%", "3.33%": basis points for people, from integers only. */
export function formatPercent(bp: BasisPoints): string {
  const whole = Math.trunc(bp / 100);
  const fraction = String(bp % 100).padStart(2, '0').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}%` : `${whole}%`;
}
