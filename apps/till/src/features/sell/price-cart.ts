import {
  can,
  discountLimitBp,
  priceCart,
  type Cart,
  type DiscountOverLimit,
  type ManualDiscount,
  type PricedCart,
  type PricingFailure,
  type PricingReferenceFailure,
} from '@tillsafe/domain';
import { pricingRulesOf, type CustomerRecord, type ProductRecord, type SellingRules, type SellingSettingsRecord, type StaffRecord } from '@tillsafe/sync';

/** One line as pricing takes it (the cart store's lines are these and more). */
export interface LineToPrice {
  lineId: string;
  productId: string;
  packId: string;
  qty: number;
  manualDiscount: ManualDiscount | null;
}

/** The cart as pricing takes it. */
export interface CartToPrice {
  lines: readonly LineToPrice[];
  cartDiscount: ManualDiscount | null;
}

/**
 * What a cart is priced by on this till: the synced rules and the channel's selling settings, the
 * attached customer (null: a walk-in, priced as retail), who sells, the manager who approved a
 * discount beyond their limit, and the pricing time with the store's offset (lib/store-time.ts).
 */
export interface PricingContext {
  currency: string;
  settings: SellingSettingsRecord;
  /** The rules for this customer: every rule but other customers' price lists. */
  rules: SellingRules;
  customer: Pick<CustomerRecord, 'id' | 'type'> | null;
  actor: Pick<StaffRecord, 'id' | 'role'>;
  approver: Pick<StaffRecord, 'id' | 'role'> | null;
  at: string;
}

/** A manual discount left out of the price: beyond the seller's (and approver's) limit, or more than what it comes off. */
export interface HeldDiscount {
  /** The discounted line; null for the discount on the whole cart. */
  lineId: string | null;
  failure: DiscountOverLimit | (PricingReferenceFailure & { code: 'DISCOUNT_EXCEEDS_AMOUNT' });
}

export type CartPricing =
  | {
      ok: true;
      /** The cart as it would sell now: every line, adjustment (with its explanation) and deposit sub-line. */
      cart: PricedCart;
      /** Discounts not in `cart`: a sale cannot complete while any is held (the mutator refuses it too). */
      held: HeldDiscount[];
      /** Lines whose product or pack left the catalog (a pull removed it): shown, never priced or sold. */
      unknownLineIds: string[];
    }
  | { ok: false; error: PricingFailure };

/**
 * Prices the cart with the domain's `priceCart` and the rules the till pulled, built exactly as
 * the `sale.complete` mutator builds them (sync's `pricingRulesOf`), so the total shown is the
 * total the till's optimistic sale and the server's re-run arrive at.
 *
 * A manual discount the seller may not give alone (DISCOUNT_OVER_LIMIT) or that is larger than
 * what it comes off (DISCOUNT_EXCEEDS_AMOUNT) does not stop the cart from showing a price: it is
 * held — left out and listed — until a manager approves it or the cashier changes it. Anything
 * else that stops pricing (a rule the till has not received yet) is the error.
 */
export function priceTillCart(cart: CartToPrice, products: ReadonlyMap<string, ProductRecord>, context: PricingContext): CartPricing {
  const sellable = (line: LineToPrice) => products.get(line.productId)?.packs.some((pack) => pack.id === line.packId) ?? false;
  const unknownLineIds = cart.lines.filter((line) => !sellable(line)).map((line) => line.lineId);
  let lines = cart.lines.filter(sellable);
  let cartDiscount = cart.cartDiscount;
  const inCart = [...new Set(lines.map((line) => line.productId))].map((id) => products.get(id)!);
  const rules = pricingRulesOf(inCart, context.rules, context.settings.pricing);
  const held: HeldDiscount[] = [];
  for (;;) {
    const outcome = priceCart(domainCart(lines, cartDiscount, context), rules);
    if (outcome.ok) return { ok: true, cart: outcome.cart, held, unknownLineIds };
    const failure = outcome.error;
    if (failure.code !== 'DISCOUNT_OVER_LIMIT' && failure.code !== 'DISCOUNT_EXCEEDS_AMOUNT') return outcome;
    held.push({ lineId: failure.lineId, failure: failure as HeldDiscount['failure'] });
    if (failure.lineId === null) cartDiscount = null;
    else lines = lines.map((line) => (line.lineId === failure.lineId ? { ...line, manualDiscount: null } : line));
  }
}

/** The pricing engine's cart for these lines in this context. */
export function domainCart(lines: readonly LineToPrice[], cartDiscount: ManualDiscount | null, context: PricingContext): Cart {
  const { approver } = context;
  return {
    currency: context.currency,
    at: context.at,
    customer: { id: context.customer?.id ?? null, type: context.customer?.type ?? 'retail' },
    actor: { id: context.actor.id, maxDiscountBp: discountLimitBp(context.actor.role) },
    // Only a staff member who may approve counts (the server refuses any other as FORBIDDEN).
    approval: approver && can(approver.role, 'discount.over_limit') ? { approverId: approver.id, maxDiscountBp: discountLimitBp(approver.role) } : null,
    lines: lines.map(({ lineId, productId, packId, qty, manualDiscount }) => ({ lineId, productId, packId, qty, manualDiscount })),
    cartDiscount,
  };
}

/** Whether a discount in the cart waits for a manager's approval (the slot for the manager-PIN dialog). */
export function needsApproval(pricing: CartPricing): boolean {
  return pricing.ok && pricing.held.some((h) => h.failure.code === 'DISCOUNT_OVER_LIMIT');
}

/** The discount a line's price leaves out, if any. */
export function heldDiscountOf(pricing: CartPricing, lineId: string | null): HeldDiscount | undefined {
  return pricing.ok ? pricing.held.find((h) => h.lineId === lineId) : undefined;
}

/** What a manager is asked to approve: who asks, and the largest discount beyond their limit. */
export interface ApprovalRequest {
  actorId: string;
  /** The largest discount waiting, in basis points of what it comes off. */
  requestedBp: number;
  /** The asking actor's own limit. */
  limitBp: number;
  /** How many discounts wait (one approval covers them all, up to the approver's limit). */
  discounts: number;
}

/** The approval the cart waits for, or undefined when it needs none. */
export function approvalRequestOf(pricing: CartPricing, actorId: string): ApprovalRequest | undefined {
  if (!pricing.ok) return undefined;
  const over = pricing.held.flatMap((h) => (h.failure.code === 'DISCOUNT_OVER_LIMIT' ? [h.failure] : []));
  if (over.length === 0) return undefined;
  return { actorId, requestedBp: Math.max(...over.map((f) => f.requestedBp)), limitBp: over[0]!.limitBp, discounts: over.length };
}
