import { z } from 'zod';
import { minorUnitsSchema, type MinorUnits } from './money';

export const tenderSchema = z.object({
  kind: z.literal('cash'),
  amount: minorUnitsSchema.min(0),
});
export type Tender = z.infer<typeof tenderSchema>;

export class TenderError extends Error {
  readonly code = 'INSUFFICIENT_TENDER';
}

/** Change due for the tenders given against a total; only cash may overpay, as change. */
export function changeDue(total: MinorUnits, tenders: readonly Tender[]): MinorUnits {
  const paid = tenders.reduce((sum, t) => sum + t.amount, 0);
  if (paid < total) throw new TenderError(`Tendered ${paid} is less than the total ${total}.`);
  return paid - total;
}

/** Quick cash amounts a cashier is likely to be handed: exact, then the next round notes. */
export function quickCashAmounts(total: MinorUnits): MinorUnits[] {
  const notes = [500, 1000, 2000, 5000, 10000];
  const amounts = new Set<MinorUnits>([total]);
  for (const note of notes) {
    const rounded = Math.ceil(total / note) * note;
    if (rounded > total) amounts.add(rounded);
    if (amounts.size >= 4) break;
  }
  return [...amounts];
}
