import { z } from 'zod';

/**
 * A customer's points are never a stored number: they are the sum of an immutable ledger of
 * signed entries, each created once by id (DESIGN §4, the `ledger` policy). Tills earn and redeem
 * offline and the entries from every till add up exactly, whatever order they arrive in.
 * - `earn` (+) from a sale;
 * - `redeem` (−) points paid as a tender;
 * - `adjust` (±) by a person, with a reason;
 * - `reverse` undoes an earlier entry, in part or in full (a refund takes back what its sale
 *   earned and gives back what it redeemed), with the opposite sign.
 * Corrections are new entries; nothing is edited.
 */
const entryBase = {
  id: z.uuid(),
  customerId: z.uuid(),
  saleId: z.uuid().optional(),
  at: z.iso.datetime({ offset: true }),
};
const points = z.int().min(-1_000_000_000).max(1_000_000_000);

export const loyaltyEntryKinds = ['earn', 'redeem', 'adjust', 'reverse'] as const;

export const loyaltyEarnEntrySchema = z.object({ ...entryBase, kind: z.literal('earn'), points: points.min(1) });
export const loyaltyRedeemEntrySchema = z.object({ ...entryBase, kind: z.literal('redeem'), points: points.max(-1) });
export const loyaltyAdjustEntrySchema = z.object({
  ...entryBase,
  kind: z.literal('adjust'),
  points: points.refine((p) => p !== 0, 'an adjustment moves some points'),
  reason: z.string().trim().min(1).max(200),
  actorId: z.uuid(),
});
export const loyaltyReverseEntrySchema = z
  .object({
    ...entryBase,
    kind: z.literal('reverse'),
    points: points.refine((p) => p !== 0, 'a reversal moves some points'),
    reversesId: z.uuid(),
    /** The kind of the entry reversed: a reversed earning also comes off the lifetime points tiers count. */
    reversedKind: z.enum(['earn', 'redeem', 'adjust']),
  })
  .refine((e) => (e.reversedKind === 'earn' ? e.points < 0 : e.reversedKind === 'redeem' ? e.points > 0 : true), {
    message: 'a reversal has the opposite sign of what it reverses',
    path: ['points'],
  });

export const loyaltyEntrySchema = z.discriminatedUnion('kind', [loyaltyEarnEntrySchema, loyaltyRedeemEntrySchema, loyaltyAdjustEntrySchema, loyaltyReverseEntrySchema]);
export type LoyaltyEntry = z.infer<typeof loyaltyEntrySchema>;
export type LoyaltyRedeemEntry = z.infer<typeof loyaltyRedeemEntrySchema>;

/** The customer's balance: the sum of their entries (it may be negative after an offline over-redemption). */
export function balanceOf(entries: readonly Pick<LoyaltyEntry, 'points'>[]): number {
  return entries.reduce((sum, entry) => sum + entry.points, 0);
}

/** Points earned over the customer's lifetime, less earnings reversed; what tiers are reached by. */
export function lifetimePointsOf(entries: readonly LoyaltyEntry[]): number {
  const earned = entries.reduce((sum, e) => (e.kind === 'earn' || (e.kind === 'reverse' && e.reversedKind === 'earn') ? sum + e.points : sum), 0);
  return Math.max(0, earned);
}
