import { describe, expect, test } from 'vitest';
import { newTaxRate, rowsFromSaved, taxRatesInput } from './tax-rates-draft';

describe('the tax-rates step’s rows', () => {
  test('typed percentages are sent as exact basis points with their pricing', () => {
    const rows = [
      { ...newTaxRate('Standard', true), percent: '23' },
      { ...newTaxRate('Reduced', true), percent: '13,5' },
      { ...newTaxRate('Sales tax', false), percent: '4.35 %' },
    ];
    expect(taxRatesInput(rows)).toEqual({
      ok: true,
      input: {
        taxRates: [
          { name: 'Standard', rateBp: 2300, inclusive: true },
          { name: 'Reduced', rateBp: 1350, inclusive: true },
          { name: 'Sales tax', rateBp: 435, inclusive: false },
        ],
      },
    });
  });

  test('a saved rate reads back as the percentage it was, and sends the same basis points', () => {
    const rows = rowsFromSaved([{ id: 'r1', name: 'Zero', rateBp: 0, inclusive: true }, { id: 'r2', name: 'City', rateBp: 887, inclusive: false }]);
    expect(rows.map((r) => [r.percent, r.saved])).toEqual([
      ['0', true],
      ['8.87', true],
    ]);
    expect(taxRatesInput(rows)).toMatchObject({ ok: true, input: { taxRates: [{ rateBp: 0 }, { rateBp: 887 }] } });
  });

  test('a rate that cannot be read exactly is refused beside its own field, not rounded', () => {
    const rows = [{ ...newTaxRate('Standard', true), percent: '20' }, { ...newTaxRate('City', false), percent: '8.875' }];
    expect(taxRatesInput(rows)).toEqual({ ok: false, field: 'taxRates.1.rateBp', message: 'A rate has at most two decimals, such as 8.88.' });
  });

  test('blank or repeated names and an empty list are refused with the row they are in', () => {
    expect(taxRatesInput([{ ...newTaxRate(' ', true), percent: '5' }])).toMatchObject({ ok: false, field: 'taxRates.0.name' });
    expect(taxRatesInput([{ ...newTaxRate('VAT', true), percent: '5' }, { ...newTaxRate('vat ', true), percent: '9' }])).toEqual({
      ok: false,
      field: 'taxRates.1.name',
      message: 'Another tax rate is already called “vat”.',
    });
    expect(taxRatesInput([])).toMatchObject({ ok: false, field: 'taxRates' });
  });
});
