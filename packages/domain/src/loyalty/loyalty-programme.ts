import { z } from 'zod';
import { minorUnitsSchema } from '../money';

/**
 * A loyalty programme, set per organisation: how many points a purchase earns, what a point is
 * worth when redeemed as a tender, the tiers a customer climbs by the points they have earned in
 * all (each earning faster), and how many points a till may let a customer redeem while it is
 * offline and cannot see the customer's true balance.
 *
 * Rates are kept as whole-number ratios (points per so many minor units; value per so many
 * points), so earning and redeeming are exact integer arithmetic on till and server alike.
 */
export const earnRateSchema = z.object({
  /** `points` points for every `perMinorUnits` minor units spent: 1 per 100 is a point per 1.00. */
  points: z.int().min(1).max(10_000),
  perMinorUnits: z.int().min(1).max(1_000_000),
});
export type EarnRate = z.infer<typeof earnRateSchema>;

export const pointValueSchema = z.object({
  /** `points` points pay `value` minor units: 100 points for 100 is a cent a point. */
  points: z.int().min(1).max(1_000_000),
  value: minorUnitsSchema.min(1).max(1_000_000),
});
export type PointValue = z.infer<typeof pointValueSchema>;

export const loyaltyTierSchema = z.object({
  id: z.string().min(1).max(40),
  name: z.string().min(1).max(60),
  /** Points earned over the customer's lifetime (less earnings reversed by refunds) to reach it. */
  minLifetimePoints: z.int().min(0),
  /** Earning speed in basis points: 15 000 earns one and a half times the base rate. */
  multiplierBp: z.int().min(10_000).max(100_000),
});
export type LoyaltyTier = z.infer<typeof loyaltyTierSchema>;

export const loyaltyProgrammeSchema = z.object({
  earn: earnRateSchema,
  pointValue: pointValueSchema,
  tiers: z
    .array(loyaltyTierSchema)
    .max(20)
    .refine((tiers) => new Set(tiers.map((t) => t.minLifetimePoints)).size === tiers.length, 'each tier starts at its own lifetime points')
    .refine((tiers) => new Set(tiers.map((t) => t.id)).size === tiers.length, 'each tier has its own id'),
  /** The most points one till may redeem for one customer while offline, across its unsynced sales. */
  offlineRedemptionLimit: z.int().min(0),
});
export type LoyaltyProgramme = z.infer<typeof loyaltyProgrammeSchema>;
