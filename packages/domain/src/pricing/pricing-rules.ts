import { z } from 'zod';
import { buyXGetYSchema } from './buy-x-get-y';
import { depositItemSchema } from './deposits';
import { happyHourSchema } from './happy-hour';
import { mixMatchSchema } from './mix-match';
import { priceListSchema } from './price-list';
import { pricingProductSchema } from './pricing-product';
import { quantityBreakScheduleSchema } from './quantity-breaks';
import { roundingModeSchema } from './rounding';
import { taxCategorySchema, taxRoundingLevelSchema } from './tax';

/** How the store rounds: the mode of every division, and whether tax rounds per line or per invoice. */
export const pricingSettingsSchema = z.object({
  rounding: roundingModeSchema,
  taxRounding: taxRoundingLevelSchema,
});
export type PricingSettings = z.infer<typeof pricingSettingsSchema>;

export const defaultPricingSettings: PricingSettings = { rounding: 'half-even', taxRounding: 'line' };

export const promotionSchema = z.discriminatedUnion('kind', [mixMatchSchema, buyXGetYSchema, happyHourSchema]);
export type Promotion = z.infer<typeof promotionSchema>;

/**
 * The rules a cart is priced by. Each is plain data (ids are UUIDs, money in minor units,
 * percentages in basis points) that syncs to tills as records, so till and server price with the
 * same rules. `products` need only hold the products in the cart.
 */
export const pricingRulesSchema = z.object({
  settings: pricingSettingsSchema,
  products: z.array(pricingProductSchema).max(100_000),
  taxCategories: z.array(taxCategorySchema).max(100),
  depositItems: z.array(depositItemSchema).max(100),
  priceLists: z.array(priceListSchema).max(1_000),
  quantityBreaks: z.array(quantityBreakScheduleSchema).max(1_000),
  promotions: z.array(promotionSchema).max(1_000),
});
export type PricingRules = z.infer<typeof pricingRulesSchema>;
