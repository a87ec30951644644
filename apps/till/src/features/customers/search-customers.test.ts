import type { CustomerRecord } from '@tillsafe/sync';
import { expect, test } from 'vitest';
import { editDistance, indexCustomers, searchCustomers } from './search-customers';

let n = 0;
const customer = (name: string, extra: Partial<CustomerRecord> = {}): CustomerRecord => ({
  id: `0190a0e0-0000-7000-8000-${(++n).toString(16).padStart(12, '0')}`,
  name,
  type: 'retail',
  phone: null,
  email: null,
  notes: '',
  ...extra,
});

const jordan = customer('Jordan Avery', { phone: '(207) 555-0142', email: 'jordan.avery@example.com' });
const harbour = customer('Harbour Bar & Grill', { type: 'wholesale', phone: '+1 207 555 0199', email: 'orders@harbourbar.com' });
const jose = customer('José Martínez', { phone: '207-555-0177' });
const jordana = customer('Jordana Avila');
const index = indexCustomers([harbour, jose, jordana, jordan]);
const names = (query: string) => searchCustomers(index, query).map((c) => c.name);

test('a name is found from the start of any of its words, case and accents aside', () => {
  expect(names('avery')).toEqual(['Jordan Avery']);
  expect(names('harb')).toEqual(['Harbour Bar & Grill']);
  expect(names('jose mart')).toEqual(['José Martínez']);
});

test('a typo or two swapped letters still find the customer, ranked after exact matches', () => {
  expect(names('jordn')).toContain('Jordan Avery');
  expect(names('avrey')).toEqual(['Jordan Avery']);
  expect(names('martinex')).toEqual(['José Martínez']);
  expect(names('jordan')).toEqual(['Jordan Avery', 'Jordana Avila']);
});

test('a phone number is found by its digits however it is written', () => {
  expect(names('555 0142')).toEqual(['Jordan Avery']);
  expect(names('2075550199')).toEqual(['Harbour Bar & Grill']);
  expect(names('0177')).toEqual(['José Martínez']);
});

test('an email is found whole or by a piece of it', () => {
  expect(names('orders@harbourbar')).toEqual(['Harbour Bar & Grill']);
  expect(names('jordan.avery@example.com')).toEqual(['Jordan Avery']);
});

test('every word of the query must match; nothing like it finds no one', () => {
  expect(names('jordan grill')).toEqual([]);
  expect(names('zzzz')).toEqual([]);
});

test('an empty query lists everyone by name', () => {
  expect(names('  ')).toEqual(['Harbour Bar & Grill', 'Jordan Avery', 'Jordana Avila', 'José Martínez']);
});

test('the edit distance counts a swap of neighbours as one and gives up past the allowance', () => {
  expect(editDistance('avrey', 'avery', 1)).toBe(1);
  expect(editDistance('kitten', 'sitting', 3)).toBe(3);
  expect(editDistance('abc', 'xyz', 1)).toBe(2);
});
