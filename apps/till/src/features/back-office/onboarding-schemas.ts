import { z } from 'zod';
import { approvalSchema, businessTypes } from './office-schemas';

/** The onboarding wizard's answers (docs/api.md, "Onboarding a new business"), parsed where they enter. */

export const onboardingSteps = ['channel', 'warehouse', 'catalog', 'tax_rates', 'receipt'] as const;
export const onboardingStepSchema = z.enum(onboardingSteps);
export type OnboardingStep = z.infer<typeof onboardingStepSchema>;

export const setupChannelSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['store', 'bar']),
  currency: z.string(),
  locale: z.string(),
  /** A channel made before the wizard may have no settings row yet. */
  timezone: z.string().nullable(),
});
export type SetupChannel = z.infer<typeof setupChannelSchema>;

export const productTypeSchema = z.object({ id: z.string(), name: z.string(), ageRestricted: z.boolean() });
export const categorySchema = z.object({ id: z.string(), name: z.string(), color: z.string(), productTypeId: z.string().nullable() });
export const taxRateSchema = z.object({ id: z.string(), name: z.string(), rateBp: z.number().int(), inclusive: z.boolean() });
export type TaxRate = z.infer<typeof taxRateSchema>;
export const receiptDetailsSchema = z.object({ legalName: z.string(), addressLines: z.array(z.string()), taxNumber: z.string().nullable(), footer: z.string() });
export type ReceiptDetails = z.infer<typeof receiptDetailsSchema>;

const stepViewSchema = z.discriminatedUnion('step', [
  z.object({ step: z.literal('channel'), done: z.boolean(), channel: setupChannelSchema.nullable() }),
  z.object({ step: z.literal('warehouse'), done: z.boolean(), warehouse: z.object({ id: z.string(), channelId: z.string(), name: z.string() }).nullable() }),
  z.object({ step: z.literal('catalog'), done: z.boolean(), productTypes: z.array(productTypeSchema), categories: z.array(categorySchema) }),
  z.object({ step: z.literal('tax_rates'), done: z.boolean(), taxRates: z.array(taxRateSchema) }),
  z.object({ step: z.literal('receipt'), done: z.boolean(), receipt: receiptDetailsSchema.nullable() }),
]);
export type StepView = z.infer<typeof stepViewSchema>;

export const onboardingViewSchema = z.object({
  organisation: z.object({
    id: z.string(),
    name: z.string(),
    businessType: z.enum(businessTypes).nullable(),
    approval: approvalSchema,
    approvalReason: z.string().nullable(),
  }),
  steps: z.array(stepViewSchema),
  nextStep: onboardingStepSchema.nullable(),
  complete: z.boolean(),
});
export type OnboardingView = z.infer<typeof onboardingViewSchema>;

/** The liquor-store catalog the server offers to start from. */
export const catalogDefaultsSchema = z.object({
  kind: z.string(),
  productTypes: z.array(z.object({ name: z.string(), ageRestricted: z.boolean() })),
  categories: z.array(z.object({ name: z.string(), color: z.string(), productType: z.string() })),
});
export type CatalogDefaults = z.infer<typeof catalogDefaultsSchema>;

/** What each step's PUT sends. */
export interface ChannelInput {
  name: string;
  kind: 'store' | 'bar';
  currency: string;
  locale: string;
  timezone: string;
}
export interface CatalogInput {
  productTypes: { name: string; ageRestricted: boolean }[];
  categories: { name: string; color: string; productType: string }[];
}
export interface TaxRatesInput {
  taxRates: { name: string; rateBp: number; inclusive: boolean }[];
}
export interface ReceiptInput {
  legalName: string;
  addressLines: string[];
  taxNumber: string | null;
  footer: string;
}

/** The step found in the view (the server lists each once, in order). */
export function stepView<S extends OnboardingStep>(view: OnboardingView, step: S): Extract<StepView, { step: S }> | undefined {
  return view.steps.find((s): s is Extract<StepView, { step: S }> => s.step === step);
}
