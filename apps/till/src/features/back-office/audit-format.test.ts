import { expect, test } from 'vitest';
import { auditActionLabel, auditDetails, dateRange } from './audit-format';

const names = (id: string) => ({ m1: 'Marcus Reid' })[id];

test('till entries read in words, with the approver by name', () => {
  expect(auditDetails({ action: 'till.sign_in_failed', subject: 'sign-in', before: null, after: { where: 'manager-approval', lockedUntil: '2026-11-20T09:05:00Z' } }, names)).toBe(
    'for a manager approval; locked out on this till',
  );
  expect(auditDetails({ action: 'drawer.no_sale', subject: 'e1', before: null, after: { note: '', approverId: 'm1' } }, names)).toBe('No reason given, approved by Marcus Reid');
  expect(auditDetails({ action: 'sale.discount_approved', subject: 'QS-01-000004', before: null, after: { approverId: 'm1' } }, names)).toBe('Sale QS-01-000004, approved by Marcus Reid');
  expect(auditDetails({ action: 'refund.created', subject: 'r1', before: null, after: { withReceipt: false, approverId: 'x9' } }, names)).toBe('Without receipt, approved by x9');
});

test('other entries show what changed, before → after', () => {
  expect(auditDetails({ action: 'role.changed', subject: 'riley@example.com', before: { role: 'manager' }, after: { role: 'cashier', channelId: null } }, names)).toBe(
    'riley@example.com · role: manager → cashier · channelId: —',
  );
});

test('an action the page does not know reads as its code', () => {
  expect(auditActionLabel('till.sign_in')).toBe('Signed in at a till');
  expect(auditActionLabel('something.new')).toBe('something.new');
});

test('a day range covers both days whole, in local time', () => {
  const range = dateRange('2026-11-20', '2026-11-21');
  expect(new Date(range.from!).getDate()).toBe(20);
  expect(new Date(range.from!).getHours()).toBe(0);
  expect(Date.parse(range.to!) - Date.parse(range.from!)).toBe(2 * 24 * 3600 * 1000);
  expect(dateRange('', '')).toEqual({});
});
