import { z } from 'zod';
import { categorySchema, currencySchema, manualDiscountSchema, minorUnitsSchema, packSchema, productSchema, receiptNumberPartsSchema, roleSchema, tenderSchema } from '@tillsafe/domain';
import { saleSellingFields } from './selling-records';

/** The records a till keeps, one schema per pulled entity; pulled data is parsed with these. */
export const channelRecordSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(['store', 'bar']),
  currency: currencySchema,
  locale: z.string(),
  /**
   * The channel's code on receipt numbers (the `CC` in CC-03-000142), from protocol 2. Optional
   * only so a channel a protocol-1 till stored still reads; the server always sends it.
   */
  code: receiptNumberPartsSchema.shape.channelCode.optional(),
});
export type ChannelRecord = z.infer<typeof channelRecordSchema>;

export const warehouseRecordSchema = z.object({ id: z.uuid(), channelId: z.uuid(), name: z.string() });
export type WarehouseRecord = z.infer<typeof warehouseRecordSchema>;

/**
 * A product as tills hold it. Protocol 2 adds what `priceCart` needs, all optional so records and
 * `product.upsert` args from protocol-1 tills stay valid (and a missing field is not written, so
 * an old till's edit never clears them): the tax category (absent: the product's `taxRateBp`,
 * inclusive, as protocol 1 priced it) and the bottle deposit per unit, and per pack (a crate).
 */
export const packRecordSchema = packSchema.extend({ depositItemId: z.uuid().nullable().optional() });
export type PackRecord = z.infer<typeof packRecordSchema>;

export const productRecordSchema = productSchema.extend({
  taxCategoryId: z.uuid().nullable().optional(),
  depositItemId: z.uuid().nullable().optional(),
  packs: z.array(packRecordSchema).min(1).max(10),
});
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
  /** What the cashier noted on the line (protocol 2). */
  notes: z.string().max(200).optional(),
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
  ...saleSellingFields,
});
export type SaleRecord = z.infer<typeof saleRecordSchema>;

export const customerTypes = ['retail', 'wholesale'] as const;
export const customerRecordSchema = z.object({
  id: z.uuid(),
  name: z.string().trim().min(1).max(120),
  type: z.enum(customerTypes),
  phone: z.string().max(40).nullable(),
  email: z.string().max(200).nullable(),
  notes: z.string().max(1000),
});
export type CustomerRecord = z.infer<typeof customerRecordSchema>;

/** A bar tab or table draft: the header merges by field; `status` is terminal once closed. */
export const tabRecordSchema = z.object({
  id: z.uuid(),
  channelId: z.uuid(),
  name: z.string().max(80),
  tableNo: z.string().max(20).nullable(),
  status: z.enum(['open', 'closed']),
  openedAt: z.iso.datetime(),
  closedAt: z.iso.datetime().nullable(),
  /** The sale that settled the tab, when it was paid. */
  saleId: z.uuid().nullable(),
  /** Set when lines added after another till closed `movedFrom` landed on this new tab. */
  movedFrom: z.uuid().nullable(),
});
export type TabRecord = z.infer<typeof tabRecordSchema>;

/** One line of a tab, its own record: adds never conflict, qty/notes merge by field, void is a tombstone. */
export const tabLineRecordSchema = z.object({
  id: z.uuid(),
  tabId: z.uuid(),
  productId: z.uuid(),
  packId: z.uuid(),
  qty: z.int().min(1).max(10_000),
  notes: z.string().max(200),
  voided: z.boolean(),
  /** The device that added it, so a bartender can see who rang it up. */
  addedBy: z.uuid(),
  /** The tab it was meant for, when it had to move to a new one because that tab was closed. */
  movedFrom: z.uuid().nullable(),
});
export type TabLineRecord = z.infer<typeof tabLineRecordSchema>;

export const cashEventKinds = ['float', 'pay_in', 'pay_out', 'no_sale'] as const;
export const cashEventRecordSchema = z.object({
  id: z.uuid(),
  channelId: z.uuid(),
  deviceId: z.uuid(),
  actorId: z.uuid(),
  kind: z.enum(cashEventKinds),
  amount: minorUnitsSchema.min(0),
  note: z.string().max(200),
  /** The manager whose PIN approved it (a cashier's no-sale); null when the actor needed none. */
  approverId: z.uuid().nullable().default(null),
  at: z.iso.datetime(),
});
export type CashEventRecord = z.infer<typeof cashEventRecordSchema>;

/** One line of a parked sale, as the till's cart held it: re-priced when the sale is resumed. */
export const draftLineSchema = z.object({
  lineId: z.uuid(),
  productId: z.uuid(),
  packId: z.uuid(),
  qty: z.int().min(1).max(10_000),
  notes: z.string().max(200),
  manualDiscount: manualDiscountSchema.nullable(),
});
export type DraftLine = z.infer<typeof draftLineSchema>;

/** Most lines one parked sale may hold. */
export const MAX_DRAFT_LINES = 200;

export const draftStatuses = ['parked', 'resumed', 'discarded'] as const;

/**
 * A parked sale (protocol 3): a cart put aside to be resumed later, on this till or another of
 * the channel. Its contents never change once parked; `status` leaves `parked` once, for good
 * (DESIGN §4, terminal state), so two tills can never both resume it.
 */
export const draftRecordSchema = z.object({
  id: z.uuid(),
  channelId: z.uuid(),
  /** What the cashier called it: a table, a customer's name; may be empty. */
  label: z.string().max(80),
  lines: z.array(draftLineSchema).min(1).max(MAX_DRAFT_LINES),
  cartDiscount: manualDiscountSchema.nullable(),
  customerId: z.uuid().nullable(),
  /** Who parked it, on which till, and when by that till's clock (for display, never for ordering). */
  parkedBy: z.uuid(),
  parkedOn: z.uuid(),
  parkedAt: z.iso.datetime(),
  status: z.enum(draftStatuses),
  /** Who resumed or discarded it, on which till, when (the server's clock once it has synced). */
  closedBy: z.uuid().nullable(),
  closedOn: z.uuid().nullable(),
  closedAt: z.iso.datetime().nullable(),
});
export type DraftRecord = z.infer<typeof draftRecordSchema>;
