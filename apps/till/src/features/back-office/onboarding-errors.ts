import { z } from 'zod';
import { ApiError } from '../../sync-client/api-client';
import { firstIssue, officeErrorMessage } from './office-errors';
import { onboardingStepSchema, type OnboardingStep } from './onboarding-schemas';

/** What a person calls each step of the wizard. */
export const STEP_TITLES: Record<OnboardingStep, string> = {
  channel: 'Store or bar',
  warehouse: 'Warehouse',
  catalog: 'Products',
  tax_rates: 'Tax rates',
  receipt: 'Receipt',
};

/**
 * A refused step, said where it belongs: `field` is the form field the sentence sits beside
 * (the path of the server's first issue, such as `taxRates.1.rateBp`), absent for the whole form;
 * `missingStep` is the earlier step to do first when the steps were taken out of order.
 */
export interface StepFailure {
  field: string | undefined;
  message: string;
  missingStep?: OnboardingStep;
}

const outOfOrderSchema = z.object({ missingStep: onboardingStepSchema });

const FIELD_WORDS: Record<string, string> = {
  name: 'name',
  kind: 'kind',
  currency: 'currency',
  locale: 'language and region',
  timezone: 'time zone',
  ageRestricted: 'age check',
  color: 'colour',
  productType: 'product type',
  rateBp: 'rate',
  inclusive: 'pricing',
  legalName: 'legal name',
  addressLines: 'address',
  taxNumber: 'tax number',
  footer: 'footer',
  productTypes: 'product types',
  categories: 'categories',
  taxRates: 'tax rates',
};

const ROW_WORDS: Record<string, string> = { productTypes: 'product type', categories: 'category', taxRates: 'tax rate', addressLines: 'address line' };

/** "rate of tax rate 2", "address line 3", "time zone": the field a path names, in words. */
export function fieldWords(path: readonly (string | number)[]): string {
  const [list, index, field] = path;
  if (typeof list === 'string' && typeof index === 'number') {
    const row = `${ROW_WORDS[list] ?? list} ${index + 1}`;
    return typeof field === 'string' ? `${FIELD_WORDS[field] ?? field} of ${row}` : row;
  }
  const last = path.at(-1);
  return typeof last === 'string' ? (FIELD_WORDS[last] ?? last) : 'form';
}

export function stepFailure(error: unknown): StepFailure {
  if (error instanceof ApiError && error.code === 'ONBOARDING_STEP_OUT_OF_ORDER') {
    const missing = outOfOrderSchema.safeParse(error.details).data?.missingStep;
    if (missing) return { field: undefined, missingStep: missing, message: `Save the ${STEP_TITLES[missing].toLowerCase()} step first: each step builds on the ones before it.` };
  }
  if (error instanceof ApiError && error.code === 'VALIDATION_FAILED') {
    const issue = firstIssue(error);
    if (issue) {
      const message = issue.message.replace(/\.$/, '');
      return { field: issue.path.length ? issue.path.join('.') : undefined, message: `Check the ${fieldWords(issue.path)}: ${message.charAt(0).toLowerCase()}${message.slice(1)}.` };
    }
  }
  if (error instanceof ApiError && error.code === 'CURRENCY_LOCKED') return { field: 'currency', message: error.message };
  return { field: undefined, message: officeErrorMessage(error) };
}
