import { z } from 'zod';
import { minorUnitsSchema } from '@tillsafe/domain';

/**
 * A product as the back office edits it (REST and CSV import), shared by the server, which
 * validates every write with it, and the back office's editor, which shows the same errors per
 * field before sending. The server turns it into a `ProductRecord`: it keeps pack ids, gives new
 * packs one, and takes `taxRateBp` from the tax category.
 *
 * Barcodes live on packs: the single bottle's pack carries the product's own barcodes, the
 * 6-pack and the case theirs. Every barcode is unique in the organisation.
 */
export const barcodeSchema = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z-]{1,64}$/, 'a barcode is 1 to 64 letters, digits or dashes');

export const packInputSchema = z.object({
  /** Absent: a new pack. */
  id: z.uuid().optional(),
  name: z.string().trim().min(1, 'a pack needs a name').max(60),
  /** Units of stock the pack moves: 1 for a bottle, 6 for a 6-pack, 12 for a case. */
  units: z.int('units must be a whole number').min(1, 'a pack holds at least 1 unit').max(1000),
  price: minorUnitsSchema.min(0, 'a price cannot be negative'),
  barcodes: z.array(barcodeSchema).max(20),
  depositItemId: z.uuid().nullable(),
});
export type PackInput = z.infer<typeof packInputSchema>;

export const productInputSchema = z
  .object({
    sku: z.string().trim().min(1, 'a product needs a SKU').max(64),
    name: z.string().trim().min(1, 'a product needs a name').max(200),
    brand: z.string().trim().max(120),
    categoryId: z.uuid('choose a category'),
    /** The size of one unit in millilitres (a 750 ml bottle); null when it has none. */
    volumeMl: z.int('the size is a whole number of ml').min(1).max(100_000).nullable(),
    ageRestricted: z.boolean(),
    taxCategoryId: z.uuid('choose a tax category'),
    /** The bottle deposit charged per unit; null: none. */
    depositItemId: z.uuid().nullable(),
    active: z.boolean(),
    packs: z.array(packInputSchema).min(1, 'a product needs at least one pack').max(10),
  })
  .superRefine((p, ctx) => {
    const names = new Set<string>();
    const codes = new Set<string>();
    const ids = new Set<string>();
    p.packs.forEach((pack, i) => {
      if (pack.id !== undefined && ids.has(pack.id)) ctx.addIssue({ code: 'custom', path: ['packs', i, 'id'], message: 'two packs have the same id' });
      if (pack.id !== undefined) ids.add(pack.id);
      const name = pack.name.toLowerCase();
      if (names.has(name)) ctx.addIssue({ code: 'custom', path: ['packs', i, 'name'], message: `another pack is already called ${pack.name}` });
      names.add(name);
      pack.barcodes.forEach((code, j) => {
        if (codes.has(code)) ctx.addIssue({ code: 'custom', path: ['packs', i, 'barcodes', j], message: `barcode ${code} appears twice in this product` });
        codes.add(code);
      });
    });
  });
export type ProductInput = z.infer<typeof productInputSchema>;
