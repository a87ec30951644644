import { expect, test } from 'vitest';
import type { StaffRow } from '../../db/rows';
import { cashier } from '../../test-support/fixtures';
import { approversFor } from './approvers';

const staff: StaffRow[] = [
  { ...cashier, id: '0190a0e0-0000-7000-8000-00000000f010', name: 'Rosa Manager', role: 'manager' },
  cashier,
  { ...cashier, id: '0190a0e0-0000-7000-8000-00000000f011', name: 'Ola Owner', role: 'owner' },
  { ...cashier, id: '0190a0e0-0000-7000-8000-00000000f012', name: 'Bea Bartender', role: 'bartender' },
];

test('only staff whose role holds the capability may approve, listed by name', () => {
  expect(approversFor(staff, 'discount.over_limit', cashier.id).map((s) => s.name)).toEqual(['Ola Owner', 'Rosa Manager']);
  expect(approversFor(staff, 'refund.create', cashier.id).map((s) => s.name)).toEqual(['Ola Owner', 'Rosa Manager']);
});

test('nobody approves their own request', () => {
  expect(approversFor(staff, 'drawer.open.nosale', '0190a0e0-0000-7000-8000-00000000f010').map((s) => s.name)).toEqual(['Ola Owner']);
});
