import { z } from 'zod';
import { allocateLargestRemainder } from './allocation';
import { mulDivRounded, type RoundingMode } from './rounding';

/**
 * Tax per category: a rate in basis points and whether prices in that category already contain
 * the tax (inclusive: shelf prices, tax = amount × r / (1 + r)) or have it added on top
 * (exclusive: trade prices, tax = amount × r).
 *
 * Rounding is explicit and set per store: `line` rounds each line's tax on its own; `invoice`
 * rounds once per rate over the whole cart and allocates that tax back to the lines by largest
 * remainder, so line taxes still add up exactly to the invoice's tax.
 */
export const taxCategorySchema = z.object({
  id: z.uuid(),
  name: z.string().min(1).max(80),
  rateBp: z.int().min(0).max(10_000),
  inclusive: z.boolean(),
});
export type TaxCategory = z.infer<typeof taxCategorySchema>;

export const taxRoundingLevels = ['line', 'invoice'] as const;
export const taxRoundingLevelSchema = z.enum(taxRoundingLevels);
export type TaxRoundingLevel = z.infer<typeof taxRoundingLevelSchema>;

export interface TaxableItem {
  key: string;
  /** The amount as priced: containing the tax when the category is inclusive, before it when exclusive. */
  amount: number;
  category: Pick<TaxCategory, 'rateBp' | 'inclusive'>;
}

/** Tax on one amount, rounded once. */
export function taxOf(amount: number, category: Pick<TaxCategory, 'rateBp' | 'inclusive'>, rounding: RoundingMode): number {
  return category.inclusive ? mulDivRounded(amount, category.rateBp, 10_000 + category.rateBp, rounding) : mulDivRounded(amount, category.rateBp, 10_000, rounding);
}

const rateKey = (category: Pick<TaxCategory, 'rateBp' | 'inclusive'>) => `${category.rateBp}:${category.inclusive ? 'incl' : 'excl'}`;

/** The tax of every item, by key, rounded per line or per invoice. */
export function taxesOf(items: readonly TaxableItem[], level: TaxRoundingLevel, rounding: RoundingMode): Map<string, number> {
  if (level === 'line') return new Map(items.map((item) => [item.key, taxOf(item.amount, item.category, rounding)]));
  const taxes = new Map<string, number>();
  for (const group of groupByRate(items).values()) {
    const total = taxOf(group.reduce((sum, item) => sum + item.amount, 0), group[0]!.category, rounding);
    const shares = allocateLargestRemainder(total, group.map((item) => ({ key: item.key, weight: item.amount })));
    for (const [key, tax] of shares) taxes.set(key, tax);
  }
  return taxes;
}

export interface TaxSummaryRow {
  rateBp: number;
  inclusive: boolean;
  /** The amount before tax. */
  net: number;
  tax: number;
  /** The amount with tax. */
  gross: number;
}

/** One row per rate (and inclusive / exclusive), lowest rate first. */
export function taxSummary(items: readonly TaxableItem[], taxes: ReadonlyMap<string, number>): TaxSummaryRow[] {
  return [...groupByRate(items).values()]
    .map((group) => {
      const { rateBp, inclusive } = group[0]!.category;
      const amount = group.reduce((sum, item) => sum + item.amount, 0);
      const tax = group.reduce((sum, item) => sum + (taxes.get(item.key) ?? 0), 0);
      return inclusive ? { rateBp, inclusive, net: amount - tax, tax, gross: amount } : { rateBp, inclusive, net: amount, tax, gross: amount + tax };
    })
    .sort((a, b) => a.rateBp - b.rateBp || Number(a.inclusive) - Number(b.inclusive));
}

function groupByRate(items: readonly TaxableItem[]): Map<string, TaxableItem[]> {
  const groups = new Map<string, TaxableItem[]>();
  for (const item of items) {
    const key = rateKey(item.category);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
