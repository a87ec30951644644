import { expect, test } from 'vitest';
import { can, capabilities, discountLimitBp, highestRole, mayGrantRole, roleInChannel, roles, tenantRoles } from './permissions';

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

test('refunds without a receipt, over-limit discounts and price overrides need a manager', () => {
  for (const capability of ['refund.no_receipt', 'discount.over_limit', 'price.override'] as const) {
    expect(can('cashier', capability)).toBe(false);
    expect(can('bartender', capability)).toBe(false);
    expect(can('manager', capability)).toBe(true);
  }
  expect(can('cashier', 'refund.create')).toBe(true);
});

test('a platform admin approves businesses and can do nothing inside one', () => {
  expect(can('platform_admin', 'business.approve')).toBe(true);
  for (const capability of capabilities.filter((c) => c !== 'business.approve')) expect(can('platform_admin', capability)).toBe(false);
  for (const role of tenantRoles) expect(can(role, 'business.approve')).toBe(false);
});

test('every role has a discount limit between none and the whole amount', () => {
  for (const role of roles) {
    expect(discountLimitBp(role)).toBeGreaterThanOrEqual(0);
    expect(discountLimitBp(role)).toBeLessThanOrEqual(10_000);
  }
  expect(discountLimitBp('cashier')).toBeLessThan(discountLimitBp('manager'));
});

test('owners grant any tenant role, managers only the roles below them, nobody grants platform admin', () => {
  expect(mayGrantRole('owner', 'owner')).toBe(true);
  expect(mayGrantRole('owner', 'manager')).toBe(true);
  expect(mayGrantRole('manager', 'cashier')).toBe(true);
  expect(mayGrantRole('manager', 'manager')).toBe(false);
  expect(mayGrantRole('manager', 'owner')).toBe(false);
  expect(mayGrantRole('cashier', 'cashier')).toBe(false);
  expect(mayGrantRole('owner', 'platform_admin')).toBe(false);
});

test('owners and managers read the audit log; the people it records do not', () => {
  expect(can('owner', 'audit.view')).toBe(true);
  expect(can('manager', 'audit.view')).toBe(true);
  for (const role of ['cashier', 'bartender', 'driver'] as const) expect(can(role, 'audit.view')).toBe(false);
});

const storeA = '0190a000-0000-7000-8000-00000000000a';
const storeB = '0190a000-0000-7000-8000-00000000000b';

test('a manager of one store who is a cashier in another acts as a cashier there', () => {
  const grants = [
    { channelId: storeA, role: 'manager' as const },
    { channelId: storeB, role: 'cashier' as const },
  ];
  expect(roleInChannel(grants, storeA)).toBe('manager');
  expect(roleInChannel(grants, storeB)).toBe('cashier');
});

test('an organisation-wide role applies in every channel, and the higher of two roles wins', () => {
  expect(roleInChannel([{ channelId: null, role: 'owner' }], storeB)).toBe('owner');
  expect(roleInChannel([{ channelId: null, role: 'cashier' }, { channelId: storeA, role: 'manager' }], storeA)).toBe('manager');
  expect(roleInChannel([{ channelId: null, role: 'cashier' }, { channelId: storeA, role: 'manager' }], storeB)).toBe('cashier');
});

test('someone whose roles are all in other channels has no role in this one', () => {
  expect(roleInChannel([{ channelId: storeA, role: 'owner' }], storeB)).toBeUndefined();
  expect(roleInChannel([], storeA)).toBeUndefined();
});

test('the highest role ranks owner over manager over cashier over bartender over driver', () => {
  expect(highestRole([{ role: 'driver' }, { role: 'bartender' }])).toBe('bartender');
  expect(highestRole([{ role: 'cashier' }, { role: 'manager' }, { role: 'owner' }])).toBe('owner');
  expect(highestRole([])).toBeUndefined();
});
