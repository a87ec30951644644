import { expect, test } from 'vitest';
import { can, hashPin } from './staff';

test('a PIN hash depends on the salt and is stable for the same salt', async () => {
  const a = await hashPin('1234', '00112233445566778899aabbccddeeff');
  const b = await hashPin('1234', '00112233445566778899aabbccddeeff');
  const c = await hashPin('1234', 'ffeeddccbbaa99887766554433221100');
  expect(a).toBe(b);
  expect(a).not.toBe(c);
  expect(a).toMatch(/^[0-9a-f]{64}$/);
});

test('a cashier may sell but not edit the catalog', () => {
  expect(can('cashier', 'sale.create')).toBe(true);
  expect(can('cashier', 'catalog.edit')).toBe(false);
  expect(can('manager', 'catalog.edit')).toBe(true);
});

test('opening the drawer without a sale and adjusting stock are for managers, not cashiers', () => {
  expect(can('cashier', 'drawer.open.nosale')).toBe(false);
  expect(can('bartender', 'stock.adjust')).toBe(false);
  expect(can('manager', 'drawer.open.nosale')).toBe(true);
  expect(can('owner', 'stock.adjust')).toBe(true);
});
