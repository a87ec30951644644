import { z } from 'zod';
import { categorySchema, currencySchema, minorUnitsSchema, productSchema, roleSchema, tenderSchema } from '@tillsafe/domain';

/** The records a till keeps, one schema per pulled entity; pulled data is parsed with these. */
export const channelRecordSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(['store', 'bar']),
  currency: currencySchema,
  locale: z.string(),
});
export type ChannelRecord = z.infer<typeof channelRecordSchema>;

export const warehouseRecordSchema = z.object({ id: z.uuid(), channelId: z.uuid(), name: z.string() });
export type WarehouseRecord = z.infer<typeof warehouseRecordSchema>;

export const productRecordSchema = productSchema;
export type ProductRecord = z.infer<typeof productRecordSchema>;

export const categoryRecordSchema = categorySchema;
export type CategoryRecord = z.infer<typeof categoryRecordSchema>;

/** Staff as a till sees them: a salted PIN hash for offline sign-in, never the PIN. */
export const staffRecordSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  role: roleSchema,
  pinSalt: z.string().regex(/^[0-9a-f]{32}$/),
  pinHash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type StaffRecord = z.infer<typeof staffRecordSchema>;

export const saleLineRecordSchema = z.object({
  lineId: z.uuid(),
  productId: z.uuid(),
  packId: z.uuid(),
  name: z.string(),
  packName: z.string(),
  qty: z.int(),
  units: z.int(),
  unitPrice: minorUnitsSchema,
  lineTotal: minorUnitsSchema,
  tax: minorUnitsSchema,
});

export const saleRecordSchema = z.object({
  id: z.uuid(),
  channelId: z.uuid(),
  warehouseId: z.uuid(),
  deviceId: z.uuid(),
  actorId: z.uuid(),
  receiptNo: z.string(),
  currency: currencySchema,
  lines: z.array(saleLineRecordSchema),
  total: minorUnitsSchema,
  taxTotal: minorUnitsSchema,
  tenders: z.array(tenderSchema),
  change: minorUnitsSchema,
  /** When the sale happened on the till (its clock; for display, never for ordering). */
  soldAt: z.iso.datetime(),
  /** Problems found when the server re-ran the sale (e.g. the till's total differed). */
  flags: z.array(z.string()),
});
export type SaleRecord = z.infer<typeof saleRecordSchema>;
