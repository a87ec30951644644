import { describe, expect, test } from 'vitest';
import { receiptFromShift } from './receipt-from-shift';
import { shiftReport } from './testing/receipt-fixtures';

describe('shift report model', () => {
  test('the drawer section works out the expected cash and the difference to the count', () => {
    const drawer = receiptFromShift(shiftReport).report.find((s) => s.heading === 'Cash drawer');
    // 150.00 float + 612.00 cash sales − 17.50 refunds − 20.00 pay-outs = 724.50 expected; 724.00 counted.
    expect(drawer?.rows).toContainEqual({ type: 'money', label: 'Expected in drawer', amount: 72_450 });
    expect(drawer?.rows).toContainEqual({ type: 'money', label: 'Difference', amount: -50 });
  });

  test('a shift not counted yet says so instead of showing a difference', () => {
    const cash = { ...shiftReport.cash };
    delete cash.counted;
    const drawer = receiptFromShift({ ...shiftReport, cash }).report.find((s) => s.heading === 'Cash drawer');
    expect(drawer?.rows.at(-1)).toEqual({ type: 'text', label: 'Counted', text: 'not counted yet' });
  });

  test('no-sale drawer openings are counted on the report', () => {
    const model = receiptFromShift(shiftReport);
    expect(model.report.at(-1)?.rows).toEqual([{ type: 'text', label: 'Opened without sale', text: '2' }]);
    expect(model.documentId).toBeNull();
  });
});
