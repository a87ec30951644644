import { z } from 'zod';

/** Who a rule is for: walk-in retail customers or trade (wholesale) accounts. */
export const customerTypes = ['retail', 'wholesale'] as const;
export const customerTypeSchema = z.enum(customerTypes);
export type CustomerType = z.infer<typeof customerTypeSchema>;

/** An instant with its UTC offset, e.g. "2026-11-21T17:30:00+01:00"; the offset gives the local wall clock. */
export const pricingTimeSchema = z.iso.datetime({ offset: true });

/** The validity window every synced rule carries: from (inclusive) to (exclusive); null is open. */
export const validityFields = {
  validFrom: pricingTimeSchema.nullable(),
  validTo: pricingTimeSchema.nullable(),
};

export interface Validity {
  validFrom: string | null;
  validTo: string | null;
}

/** Schema check: a window that ends before (or when) it starts can never apply. */
export function windowIsOrdered(rule: Validity): boolean {
  return rule.validFrom === null || rule.validTo === null || Date.parse(rule.validFrom) < Date.parse(rule.validTo);
}

export const windowOrderMessage = { message: 'validTo must be later than validFrom', path: ['validTo'] };

/** Whether the rule is in force at the pricing time; instants are compared, not wall clocks. */
export function isValidAt(rule: Validity, at: string): boolean {
  const instant = Date.parse(at);
  if (rule.validFrom !== null && instant < Date.parse(rule.validFrom)) return false;
  if (rule.validTo !== null && instant >= Date.parse(rule.validTo)) return false;
  return true;
}
