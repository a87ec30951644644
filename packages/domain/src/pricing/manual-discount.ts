import { z } from 'zod';
import { minorUnitsSchema } from '../money';
import { basisPointsSchema, formatPercent } from './basis-points';
import type { PricingResult } from './pricing-failure';
import { percentOf, toSafeNumber, type RoundingMode } from './rounding';

/**
 * Manual discounts, on a line or on the whole cart, as a percentage or an amount. Each is checked
 * on its own against the actor's limit, a percentage of the amount it discounts (the line's or
 * cart's price after promotions); beyond it the discount needs an approving manager whose own
 * limit covers it, else pricing stops with DISCOUNT_OVER_LIMIT carrying the limit, so the till
 * can ask for the override. A discount larger than what it discounts is refused outright.
 * The limits are data here: the caller passes `discountLimitBp(role)` for the actor and, for an
 * approver, a manager holding `discount.over_limit` (permissions.ts).
 */
export const manualDiscountSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('percent'), bp: basisPointsSchema.min(1), reason: z.string().max(120).nullable() }),
  z.object({ kind: z.literal('amount'), amount: minorUnitsSchema.min(1), reason: z.string().max(120).nullable() }),
]);
export type ManualDiscount = z.infer<typeof manualDiscountSchema>;

/** The staff member pricing the cart and the largest discount their role lets them give. */
export const discountActorSchema = z.object({ id: z.uuid(), maxDiscountBp: basisPointsSchema });
export type DiscountActor = z.infer<typeof discountActorSchema>;

/** A manager override recorded at the till: who approved, and up to what. */
export const discountApprovalSchema = z.object({ approverId: z.uuid(), maxDiscountBp: basisPointsSchema });
export type DiscountApproval = z.infer<typeof discountApprovalSchema>;

export interface AuthorizedDiscount {
  amount: number;
  approvedBy: string | null;
  explanation: string;
}

/** Resolves a manual discount against the amount it applies to and the actor's authority. */
export function authorizeManualDiscount(
  discount: ManualDiscount,
  base: number,
  who: { actor: DiscountActor; approval: DiscountApproval | null },
  lineId: string | null,
  rounding: RoundingMode,
): PricingResult<AuthorizedDiscount> {
  const amount = discount.kind === 'percent' ? percentOf(base, discount.bp, rounding) : discount.amount;
  if (amount > base) {
    return {
      ok: false,
      error: {
        code: 'DISCOUNT_EXCEEDS_AMOUNT',
        message: `A discount of ${amount} is more than the ${base} it would come off.`,
        lineId,
        ref: lineId ?? 'cart',
      },
    };
  }
  const within = (limitBp: number) => (discount.kind === 'percent' ? discount.bp <= limitBp : BigInt(amount) * 10_000n <= BigInt(limitBp) * BigInt(base));
  const label = lineId === null ? 'Cart discount' : 'Manual discount';
  const explain = (approvedBy: string | null) =>
    [
      discount.kind === 'percent' ? `${label} −${formatPercent(discount.bp)}` : label,
      discount.reason ? ` (${discount.reason})` : '',
      approvedBy ? ', manager approved' : '',
    ].join('');
  if (within(who.actor.maxDiscountBp)) return { ok: true, value: { amount, approvedBy: null, explanation: explain(null) } };
  if (who.approval && within(who.approval.maxDiscountBp)) {
    return { ok: true, value: { amount, approvedBy: who.approval.approverId, explanation: explain(who.approval.approverId) } };
  }
  const requestedBp = discount.kind === 'percent' ? discount.bp : requestedBasisPoints(amount, base);
  return {
    ok: false,
    error: {
      code: 'DISCOUNT_OVER_LIMIT',
      message: who.approval
        ? `A ${formatPercent(requestedBp)} discount is beyond the approving manager's limit of ${formatPercent(who.approval.maxDiscountBp)}.`
        : `A ${formatPercent(requestedBp)} discount is beyond your limit of ${formatPercent(who.actor.maxDiscountBp)}; a manager must approve it.`,
      lineId,
      limitBp: who.actor.maxDiscountBp,
      requestedBp,
      approverId: who.approval?.approverId ?? null,
      approverLimitBp: who.approval?.maxDiscountBp ?? null,
    },
  };
}

/** An amount as a share of its base in basis points, rounded up so a limit is never understated. */
function requestedBasisPoints(amount: number, base: number): number {
  if (base === 0) return 10_000;
  return toSafeNumber((BigInt(amount) * 10_000n + BigInt(base) - 1n) / BigInt(base));
}
