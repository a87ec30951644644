import { z } from 'zod';
import {
  adjustmentKinds,
  ageCheckSchema,
  cashRoundingRuleSchema,
  currencySchema,
  DEFAULT_MINIMUM_AGE,
  depositItemSchema,
  loyaltyEntrySchema,
  loyaltyProgrammeSchema,
  minimumAgeSchema,
  minorUnitsSchema,
  paymentSchema,
  priceListSchema,
  pricingSettingsSchema,
  promotionSchema,
  quantityBreakScheduleSchema,
  refundRecordSchema,
  taxCategorySchema,
} from '@tillsafe/domain';

/**
 * The records selling needs beyond the catalog (protocol 2): the rules `priceCart` prices by, a
 * channel's selling settings, and the immutable records a sale leaves behind (refunds, loyalty
 * entries). They travel in the same change log as every record, but only to tills that pull with
 * `protocolVersion` 2 or later: a protocol-1 till could not parse them.
 */
export const taxCategoryRecordSchema = taxCategorySchema;
export type TaxCategoryRecord = z.infer<typeof taxCategoryRecordSchema>;

export const depositItemRecordSchema = depositItemSchema;
export type DepositItemRecord = z.infer<typeof depositItemRecordSchema>;

export const priceListRecordSchema = priceListSchema;
export type PriceListRecord = z.infer<typeof priceListRecordSchema>;

export const quantityBreakRecordSchema = quantityBreakScheduleSchema;
export type QuantityBreakRecord = z.infer<typeof quantityBreakRecordSchema>;

export const promotionRecordSchema = promotionSchema;
export type PromotionRecord = z.infer<typeof promotionRecordSchema>;

/** At most this many quick keys per channel: a few screens of buttons at the till. */
export const MAX_QUICK_KEYS = 60;

/** The colours a quick key may have: a small palette that reads on the till's light theme. */
export const quickKeyColours = ['slate', 'red', 'amber', 'green', 'teal', 'blue', 'purple', 'pink'] as const;
export type QuickKeyColour = (typeof quickKeyColours)[number];

/** The longest label a quick key shows instead of the product's name. */
export const MAX_QUICK_KEY_LABEL = 24;

/**
 * One button on the till's quick-key pad: a product, and the pack it adds (null: the product's
 * first pack, the single bottle), with an optional short label and colour. A key whose product is
 * gone or inactive is shown disabled by the till. `label` and `colour` are optional, so keys saved
 * before they existed still read, and a till built before them simply drops them.
 */
export const quickKeySchema = z.object({
  productId: z.uuid(),
  packId: z.uuid().nullable(),
  label: z.string().trim().min(1).max(MAX_QUICK_KEY_LABEL).optional(),
  colour: z.enum(quickKeyColours).optional(),
});
export type QuickKey = z.infer<typeof quickKeySchema>;

export const quickKeysSchema = z
  .array(quickKeySchema)
  .max(MAX_QUICK_KEYS)
  .refine((keys) => new Set(keys.map((k) => `${k.productId}/${k.packId ?? ''}`)).size === keys.length, 'a product and pack appear at most once among the quick keys');

/** What the back office sends to replace one channel's quick keys (and nothing else of its settings). */
export const quickKeysInputSchema = z.object({ quickKeys: quickKeysSchema });
export type QuickKeysInput = z.infer<typeof quickKeysInputSchema>;

/** The mobile-money providers a channel takes until a manager says otherwise. */
export const DEFAULT_MOBILE_MONEY_PROVIDERS: readonly string[] = ['M-Pesa', 'MTN MoMo', 'Airtel Money'];

export const mobileMoneyProvidersSchema = z
  .array(z.string().trim().min(1).max(40))
  .max(8)
  .refine((names) => new Set(names.map((n) => n.toLowerCase())).size === names.length, 'a provider appears at most once');

/**
 * How a channel's tills take payment and check age, beyond pricing: the mobile-money providers
 * the cashier picks from (none: no mobile-money tab), whether a customer who plainly looks over the
 * challenge age may be served on sight (false: a date of birth for every restricted sale), and that
 * challenge age (null: 25, or four years over a minimum age above 21).
 */
export const checkoutSettingsSchema = z.object({
  mobileMoneyProviders: mobileMoneyProvidersSchema,
  visualCheck: z.boolean(),
  challengeAge: minimumAgeSchema.nullable(),
});
export type CheckoutSettings = z.infer<typeof checkoutSettingsSchema>;

/**
 * What a channel's receipts say about the seller, as set up in the back office (onboarding's
 * receipt step): the legal name, the address lines (which may carry a phone number), the tax
 * number and a footer. The server fills it from the channel's receipt details; null: none yet.
 */
export const receiptHeaderSchema = z.object({
  legalName: z.string(),
  addressLines: z.array(z.string()),
  taxNumber: z.string().nullable(),
  footer: z.string(),
});
export type ReceiptHeader = z.infer<typeof receiptHeaderSchema>;

/**
 * How one channel sells: rounding (pricing), cash rounding (tender), the minimum age for
 * restricted items, the organisation's loyalty programme (null: none) and the channel's quick
 * keys, in the order the till shows them. Keyed by channel id. `quickKeys` is optional only so
 * settings a till stored before it existed still read; the server always sends it.
 */
export const sellingSettingsRecordSchema = z.object({
  id: z.uuid(),
  pricing: pricingSettingsSchema,
  cashRounding: cashRoundingRuleSchema.nullable(),
  minimumAge: minimumAgeSchema,
  loyalty: loyaltyProgrammeSchema.nullable(),
  quickKeys: quickKeysSchema.optional(),
  /** The checkout settings (checkoutSettingsSchema); optional so records from before them read, with the defaults. */
  mobileMoneyProviders: mobileMoneyProvidersSchema.optional(),
  visualCheck: z.boolean().optional(),
  challengeAge: minimumAgeSchema.nullable().optional(),
  /** The receipt header (optional: tills and records from before it read without one). */
  receipt: receiptHeaderSchema.nullable().optional(),
});
export type SellingSettingsRecord = z.infer<typeof sellingSettingsRecordSchema>;

/** The challenge age for a visual check under these settings, never below the minimum age; null when every restricted sale needs a date of birth. */
export function challengeAgeOf(settings: Pick<SellingSettingsRecord, 'minimumAge' | 'visualCheck' | 'challengeAge'>): number | null {
  if (settings.visualCheck === false) return null;
  return Math.max(settings.challengeAge ?? Math.max(25, settings.minimumAge + 4), settings.minimumAge);
}

/** The mobile-money providers under these settings (the defaults for settings from before they were set). */
export function mobileMoneyProvidersOf(settings: Pick<SellingSettingsRecord, 'mobileMoneyProviders'>): readonly string[] {
  return settings.mobileMoneyProviders ?? DEFAULT_MOBILE_MONEY_PROVIDERS;
}

/** What a channel without settings sells by: half-even per line, no cash rounding, 21, no loyalty, no quick keys, the common mobile-money providers, Challenge 25. */
export const defaultSellingSettings = (channelId: string): SellingSettingsRecord => ({
  id: channelId,
  pricing: { rounding: 'half-even', taxRounding: 'line' },
  cashRounding: null,
  minimumAge: DEFAULT_MINIMUM_AGE,
  loyalty: null,
  quickKeys: [],
  mobileMoneyProviders: [...DEFAULT_MOBILE_MONEY_PROVIDERS],
  visualCheck: true,
  challengeAge: null,
});

/** A refund as stored and pulled: the domain record plus where it was made. */
export const refundRecordWireSchema = refundRecordSchema.safeExtend({
  channelId: z.uuid(),
  deviceId: z.uuid(),
});
export type StoredRefund = z.infer<typeof refundRecordWireSchema>;

export const loyaltyEntryRecordSchema = loyaltyEntrySchema;
export type LoyaltyEntryRecord = z.infer<typeof loyaltyEntryRecordSchema>;

// The priced cart a protocol-2 sale keeps, so a refund (on any till, any day) is worked out from
// exactly what the customer paid, line by line and deposit by deposit.
const pricedLineSchema = z.object({
  lineId: z.uuid(),
  productId: z.uuid(),
  packId: z.uuid(),
  name: z.string(),
  packName: z.string(),
  qty: z.int(),
  packUnits: z.int(),
  units: z.int(),
  unitPrice: minorUnitsSchema,
  priceListId: z.uuid().nullable(),
  grossAmount: minorUnitsSchema,
  adjustments: z.array(
    z.object({ kind: z.enum(adjustmentKinds), ruleId: z.string().nullable(), explanation: z.string(), amount: minorUnitsSchema, approvedBy: z.string().nullable() }),
  ),
  discountTotal: minorUnitsSchema,
  netAmount: minorUnitsSchema,
  taxCategoryId: z.string(),
  taxRateBp: z.int(),
  taxInclusive: z.boolean(),
  tax: minorUnitsSchema,
  total: minorUnitsSchema,
});

const depositLineSchema = z.object({
  parentLineId: z.uuid(),
  depositItemId: z.uuid(),
  name: z.string(),
  qty: z.int(),
  unitAmount: minorUnitsSchema,
  amount: minorUnitsSchema,
  taxCategoryId: z.string().nullable(),
  taxRateBp: z.int(),
  taxInclusive: z.boolean(),
  tax: minorUnitsSchema,
  total: minorUnitsSchema,
});

export const pricedCartRecordSchema = z.object({
  currency: currencySchema,
  at: z.string(),
  lines: z.array(pricedLineSchema),
  deposits: z.array(depositLineSchema),
  taxSummary: z.array(z.object({ rateBp: z.int(), inclusive: z.boolean(), net: minorUnitsSchema, tax: minorUnitsSchema, gross: minorUnitsSchema })),
  subtotal: minorUnitsSchema,
  discountTotal: minorUnitsSchema,
  taxTotal: minorUnitsSchema,
  depositTotal: minorUnitsSchema,
  total: minorUnitsSchema,
});

/** How a protocol-2 sale was settled (tenders/settle.ts), as the server worked it out. */
export const settlementRecordSchema = z.object({
  total: minorUnitsSchema,
  nonCash: minorUnitsSchema,
  cashDue: minorUnitsSchema,
  cashRounding: z.int(),
  cashTendered: minorUnitsSchema,
  change: minorUnitsSchema,
});

/**
 * What a protocol-2 sale adds to the sale record. Every field is optional, so a protocol-1 sale
 * is still a sale, and a protocol-1 till reading a protocol-2 sale simply drops them (its lines,
 * total and cash tenders stay in the fields it knows).
 */
export const saleSellingFields = {
  customerId: z.uuid().nullable().optional(),
  /** Every payment of the split tender, in the order taken; `tenders` keeps only the cash ones. */
  payments: z.array(paymentSchema).optional(),
  priced: pricedCartRecordSchema.optional(),
  settlement: settlementRecordSchema.optional(),
  ageCheck: ageCheckSchema.nullable().optional(),
  /** The manager who approved a discount beyond the cashier's limit. */
  approverId: z.uuid().nullable().optional(),
  /** Loyalty points the sale earned (after tier) and redeemed. */
  loyaltyEarned: z.int().min(0).optional(),
  loyaltyRedeemed: z.int().min(0).optional(),
};
