import { z } from 'zod';
import { minorUnitsSchema } from '../money';
import type { WorkingLine } from './working-line';

/**
 * Bottle deposits are added automatically as sub-lines of the line that sold the bottles: the
 * product's deposit once per stock unit (a case of 12 carries 12 bottle deposits) and the pack's
 * once per pack (the crate). They take no discount, have their own tax category (null: untaxed)
 * and are linked to their parent line by its id, so refunding the line refunds them with it.
 */
export const depositItemSchema = z.object({
  id: z.uuid(),
  name: z.string().min(1).max(80),
  amount: minorUnitsSchema.min(0).max(1_000_000),
  taxCategoryId: z.uuid().nullable(),
});
export type DepositItem = z.infer<typeof depositItemSchema>;

export interface DepositCharge {
  parentLineId: string;
  depositItemId: string;
  name: string;
  qty: number;
  unitAmount: number;
  amount: number;
  taxCategoryId: string | null;
}

/** The deposit sub-lines of the cart, in line order; one per line and deposit item. */
export function depositCharges(lines: readonly WorkingLine[], depositItem: (id: string) => DepositItem): DepositCharge[] {
  const charges: DepositCharge[] = [];
  for (const line of lines) {
    const counts = new Map<string, number>();
    const add = (id: string | null, qty: number) => {
      if (id !== null) counts.set(id, (counts.get(id) ?? 0) + qty);
    };
    add(line.product.depositItemId, line.units);
    add(line.pack.depositItemId, line.qty);
    for (const [id, qty] of counts) {
      const item = depositItem(id);
      charges.push({ parentLineId: line.lineId, depositItemId: id, name: item.name, qty, unitAmount: item.amount, amount: item.amount * qty, taxCategoryId: item.taxCategoryId });
    }
  }
  return charges;
}
