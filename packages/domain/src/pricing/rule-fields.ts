import { z } from 'zod';
import { ruleScopeSchema } from './rule-scope';
import { customerTypeSchema, isValidAt, validityFields, type CustomerType, type Validity } from './rule-validity';

/** Fields every quantity-break schedule and promotion shares: identity, audience, validity, scope. */
export const ruleFields = {
  id: z.uuid(),
  /** Shown to the customer on the line, e.g. "Mix 6 wines". */
  name: z.string().min(1).max(80),
  customerTypes: z.array(customerTypeSchema).min(1).max(2),
  ...validityFields,
  scope: ruleScopeSchema,
};

export function ruleApplies(rule: Validity & { customerTypes: readonly CustomerType[] }, at: string, customerType: CustomerType): boolean {
  return rule.customerTypes.includes(customerType) && isValidAt(rule, at);
}
