import { z } from 'zod';
import { minorUnitsSchema } from './money';

/** A way a product is sold: a bottle, a 6-pack, a case of 12 — all from one stock count. */
export const packSchema = z.object({
  id: z.uuid(),
  name: z.string().min(1).max(60),
  units: z.int().min(1).max(1000),
  price: minorUnitsSchema.min(0),
  barcodes: z.array(z.string().min(1).max(64)).max(20),
});
export type Pack = z.infer<typeof packSchema>;

export const productSchema = z.object({
  id: z.uuid(),
  sku: z.string().min(1).max(64),
  name: z.string().min(1).max(200),
  brand: z.string().max(120),
  categoryId: z.uuid(),
  volumeMl: z.int().min(0).nullable(),
  ageRestricted: z.boolean(),
  /** Tax rate in basis points (2000 = 20%), prices are tax-inclusive. */
  taxRateBp: z.int().min(0).max(10_000),
  active: z.boolean(),
  packs: z.array(packSchema).min(1).max(10),
});
export type Product = z.infer<typeof productSchema>;

export const categorySchema = z.object({
  id: z.uuid(),
  name: z.string().min(1).max(80),
  sort: z.int(),
  color: z.string().regex(/^#[0-9a-f]{6}$/i),
});
export type Category = z.infer<typeof categorySchema>;
