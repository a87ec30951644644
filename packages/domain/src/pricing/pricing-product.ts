import { z } from 'zod';
import { minorUnitsSchema } from '../money';

/** The most one pack may cost: 1 000 000.00 in a two-digit currency, so sums stay exact. */
export const MAX_PACK_PRICE = 100_000_000;

/** A way a product is sold, as pricing sees it: a bottle, a six-pack, a case of 12. */
export const pricingPackSchema = z.object({
  id: z.uuid(),
  name: z.string().min(1).max(60),
  /** Stock units one pack moves: a case of 12 sells from the same count as 12 bottles. */
  units: z.int().min(1).max(1000),
  /** The catalog (shelf) price, used when no price list names this pack. */
  price: minorUnitsSchema.min(0).max(MAX_PACK_PRICE),
  /** A deposit charged once per pack (a crate), on top of the product's per-unit deposit. */
  depositItemId: z.uuid().nullable(),
});
export type PricingPack = z.infer<typeof pricingPackSchema>;

/** A product as pricing sees it: what rules match on, how it is taxed, what deposit it carries. */
export const pricingProductSchema = z.object({
  id: z.uuid(),
  name: z.string().min(1).max(200),
  categoryId: z.uuid(),
  /** Volume of one stock unit; mixed-case promotions weigh large bottles by it. */
  volumeMl: z.int().min(0).nullable(),
  taxCategoryId: z.uuid(),
  /** A deposit charged per stock unit (a bottle deposit). */
  depositItemId: z.uuid().nullable(),
  packs: z.array(pricingPackSchema).min(1).max(10),
});
export type PricingProduct = z.infer<typeof pricingProductSchema>;
