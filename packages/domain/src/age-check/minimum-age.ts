import { z } from 'zod';

/**
 * The minimum age to buy a restricted item is a setting of the channel, from its jurisdiction:
 * 21 for alcohol across the United States (the default); 18 in most of Europe and in Alberta,
 * Manitoba and Quebec; 19 in Canada's other provinces. The age that applies is the store's
 * setting, whatever the customer's own ID says about where they live.
 */
export const DEFAULT_MINIMUM_AGE = 21;

export const minimumAgeSchema = z.int().min(1).max(99);

export const ageRestrictionSettingsSchema = z.object({
  minimumAge: minimumAgeSchema.default(DEFAULT_MINIMUM_AGE),
});
export type AgeRestrictionSettings = z.infer<typeof ageRestrictionSettingsSchema>;
