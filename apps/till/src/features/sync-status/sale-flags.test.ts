import { expect, test } from 'vitest';
import { describeSaleFlag } from './sale-flags';

const names = {
  customer: (id: string) => (id === '0190a0e0-0000-7000-8000-00000000c501' ? 'Jordan Avery' : undefined),
  money: (minor: number) => `$${(minor / 100).toFixed(2)}`,
  points: (n: number) => n.toLocaleString('en-US'),
};

test('an over-redemption names the customer, what was redeemed, the balance the server saw and the shortfall', () => {
  const flag = describeSaleFlag('OVER_REDEMPTION: customer 0190a0e0-0000-7000-8000-00000000c501 redeemed 1500 points with 400; shortfall 1100', names);
  expect(flag.code).toBe('OVER_REDEMPTION');
  expect(flag.text).toContain('Jordan Avery redeemed 1,500 points offline but had 400');
  expect(flag.text).toContain('1,100 points short');
});

test('a total the server priced differently says both amounts', () => {
  expect(describeSaleFlag('TOTAL_MISMATCH: till 2598, server 2600', names)).toEqual({ code: 'TOTAL_MISMATCH', text: 'The till charged $25.98; the server priced the sale at $26.00.' });
});

test('a flag the till does not know is shown as it came', () => {
  expect(describeSaleFlag('INACTIVE_PRODUCT: 0190a0e0-0000-7000-8000-000000000b01', names)).toEqual({ code: 'INACTIVE_PRODUCT', text: 'INACTIVE_PRODUCT: 0190a0e0-0000-7000-8000-000000000b01' });
});
