import { describe, expect, test } from 'vitest';
import { ApiError, NetworkError } from '../../sync-client/api-client';
import { fieldWords, stepFailure } from './onboarding-errors';

const invalid = (path: (string | number)[], message: string) => new ApiError(400, 'VALIDATION_FAILED', 'The request body is invalid.', { issues: [{ path, message }] });

describe('a refused onboarding step, as a sentence beside its field', () => {
  test('a field the server refused is named in words, with the server’s reason', () => {
    expect(stepFailure(invalid(['timezone'], 'not an IANA time zone such as Europe/Dublin'))).toEqual({
      field: 'timezone',
      message: 'Check the time zone: not an IANA time zone such as Europe/Dublin.',
    });
    expect(stepFailure(invalid(['taxRates', 1, 'rateBp'], 'Too big: expected number to be <=10000'))).toEqual({
      field: 'taxRates.1.rateBp',
      message: 'Check the rate of tax rate 2: too big: expected number to be <=10000.',
    });
    expect(stepFailure(invalid(['categories', 3, 'productType'], '"Beers" is not one of the product types sent'))).toMatchObject({ field: 'categories.3.productType' });
  });

  test('a list-wide refusal sits beside the list, and a whole-body one beside the form', () => {
    expect(stepFailure(invalid(['taxRates'], 'two tax rates have the same name'))).toEqual({ field: 'taxRates', message: 'Check the tax rates: two tax rates have the same name.' });
    expect(stepFailure(invalid([], 'Invalid input'))).toEqual({ field: undefined, message: 'Check the form: invalid input.' });
  });

  test('a step taken before the one it follows names the step to do first', () => {
    const error = new ApiError(409, 'ONBOARDING_STEP_OUT_OF_ORDER', 'Do the channel step before the warehouse step.', { step: 'warehouse', missingStep: 'channel' });
    expect(stepFailure(error)).toEqual({ field: undefined, missingStep: 'channel', message: 'Save the store or bar step first: each step builds on the ones before it.' });
  });

  test('a locked currency sits beside the currency; anything else is the back office’s usual sentence', () => {
    expect(stepFailure(new ApiError(409, 'CURRENCY_LOCKED', 'This channel has sold in EUR already.'))).toEqual({ field: 'currency', message: 'This channel has sold in EUR already.' });
    expect(stepFailure(new NetworkError()).field).toBeUndefined();
    expect(stepFailure(new NetworkError()).message).toMatch(/cannot be reached/);
  });

  test('paths read as words: a row’s field, a row, a plain field', () => {
    expect(fieldWords(['productTypes', 0, 'name'])).toBe('name of product type 1');
    expect(fieldWords(['addressLines', 2])).toBe('address line 3');
    expect(fieldWords(['legalName'])).toBe('legal name');
  });
});
