/** Why a cart could not be priced: a machine code for logs and the till, a sentence for people. */
export const pricingFailureCodes = {
  UNKNOWN_PRODUCT: 'UNKNOWN_PRODUCT',
  UNKNOWN_PACK: 'UNKNOWN_PACK',
  UNKNOWN_TAX_CATEGORY: 'UNKNOWN_TAX_CATEGORY',
  UNKNOWN_DEPOSIT_ITEM: 'UNKNOWN_DEPOSIT_ITEM',
  DUPLICATE_LINE: 'DUPLICATE_LINE',
  DISCOUNT_EXCEEDS_AMOUNT: 'DISCOUNT_EXCEEDS_AMOUNT',
  DISCOUNT_OVER_LIMIT: 'DISCOUNT_OVER_LIMIT',
} as const;
export type PricingFailureCode = (typeof pricingFailureCodes)[keyof typeof pricingFailureCodes];

/**
 * A manual discount beyond what the actor may give: the till asks for a manager override and
 * prices the cart again with the approving manager. Carries the limit that was exceeded.
 */
export interface DiscountOverLimit {
  code: 'DISCOUNT_OVER_LIMIT';
  message: string;
  /** The discounted line; null for a discount on the whole cart. */
  lineId: string | null;
  /** The actor's own limit, in basis points of the amount discounted. */
  limitBp: number;
  /** What the discount asks for, in basis points (rounded up). */
  requestedBp: number;
  /** The manager already asked, and their limit, when even that was not enough. */
  approverId: string | null;
  approverLimitBp: number | null;
}

export interface PricingReferenceFailure {
  code: Exclude<PricingFailureCode, 'DISCOUNT_OVER_LIMIT'>;
  message: string;
  lineId: string | null;
  /** The id that was not found or repeated. */
  ref: string;
}

export type PricingFailure = DiscountOverLimit | PricingReferenceFailure;

export type PricingResult<T> = { ok: true; value: T } | { ok: false; error: PricingFailure };
