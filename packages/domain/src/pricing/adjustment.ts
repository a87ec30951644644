export const adjustmentKinds = ['quantity-break', 'mix-match', 'buy-x-get-y', 'happy-hour', 'manual-line', 'manual-cart'] as const;
export type AdjustmentKind = (typeof adjustmentKinds)[number];

/** One rule applied to one line, explained for the customer ("Mix 6 wines −10%"). */
export interface Adjustment {
  kind: AdjustmentKind;
  /** The quantity-break schedule or promotion; null for manual discounts. */
  ruleId: string | null;
  explanation: string;
  /** What the rule took off the line, in minor units (never negative). */
  amount: number;
  /** The manager who approved a manual discount beyond the cashier's limit. */
  approvedBy: string | null;
}

/** The better of two for the customer: the larger saving; a tie goes to the smaller rule id. */
export function betterForCustomer(current: Adjustment | undefined, candidate: Adjustment): Adjustment {
  if (!current) return candidate;
  if (candidate.amount !== current.amount) return candidate.amount > current.amount ? candidate : current;
  return (candidate.ruleId ?? '') < (current.ruleId ?? '') ? candidate : current;
}
