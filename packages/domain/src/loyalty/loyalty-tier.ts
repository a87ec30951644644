import type { LoyaltyProgramme, LoyaltyTier } from './loyalty-programme';

/** The highest tier the lifetime points reach; null below the first (earning at the base rate). */
export function tierOf(lifetimePoints: number, programme: Pick<LoyaltyProgramme, 'tiers'>): LoyaltyTier | null {
  let reached: LoyaltyTier | null = null;
  for (const tier of programme.tiers) {
    if (tier.minLifetimePoints <= lifetimePoints && (reached === null || tier.minLifetimePoints > reached.minLifetimePoints)) reached = tier;
  }
  return reached;
}
