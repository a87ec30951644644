import { z } from 'zod';
import { currencySchema } from '../money';
import { discountActorSchema, discountApprovalSchema, manualDiscountSchema } from './manual-discount';
import { customerTypeSchema, pricingTimeSchema } from './rule-validity';

/** The most units of one pack on one line, so line amounts stay exact integers. */
export const MAX_LINE_QTY = 10_000;

/** One line of a cart: what was scanned, how many, and any manual discount the cashier typed. */
export const cartItemSchema = z.object({
  lineId: z.uuid(),
  productId: z.uuid(),
  packId: z.uuid(),
  qty: z.int().min(1).max(MAX_LINE_QTY),
  manualDiscount: manualDiscountSchema.nullable(),
});
export type CartItem = z.infer<typeof cartItemSchema>;

/** Who the cart is for: a walk-in (id null) or a known customer, retail or wholesale. */
export const pricingCustomerSchema = z.object({ id: z.uuid().nullable(), type: customerTypeSchema });
export type PricingCustomer = z.infer<typeof pricingCustomerSchema>;

/**
 * Everything about one cart the engine prices. `at` is the pricing time with the store's UTC
 * offset — an input, never read from a clock, so the server re-prices exactly what the till did.
 */
export const cartSchema = z.object({
  currency: currencySchema,
  at: pricingTimeSchema,
  customer: pricingCustomerSchema,
  actor: discountActorSchema,
  approval: discountApprovalSchema.nullable(),
  lines: z.array(cartItemSchema).max(500),
  cartDiscount: manualDiscountSchema.nullable(),
});
export type Cart = z.infer<typeof cartSchema>;
