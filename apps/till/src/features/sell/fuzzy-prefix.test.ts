import { expect, test } from 'vitest';
import { fuzzyPrefixDistance, typoAllowance } from './fuzzy-prefix';

test('a typed word one typo away from a catalog word is one edit away', () => {
  expect(fuzzyPrefixDistance('jamesen', 'jameson', 2)).toBe(1);
  expect(fuzzyPrefixDistance('jmaeson', 'jameson', 2)).toBe(1);
  expect(fuzzyPrefixDistance('jamson', 'jameson', 1)).toBe(1);
  expect(fuzzyPrefixDistance('jammeson', 'jameson', 2)).toBe(1);
});

test('a typed word is compared with the start of the catalog word, as the cashier is still typing', () => {
  expect(fuzzyPrefixDistance('jame', 'jameson', 1)).toBe(0);
  expect(fuzzyPrefixDistance('jamse', 'jameson', 1)).toBe(1);
  expect(fuzzyPrefixDistance('bordx', 'bordeaux', 1)).toBe(1);
});

test('a word further than the limit answers one over it', () => {
  expect(fuzzyPrefixDistance('vodka', 'jameson', 2)).toBe(3);
  expect(fuzzyPrefixDistance('gin', 'rum', 0)).toBe(1);
});

test('short words get no typos, longer ones one, then two', () => {
  expect(typoAllowance('gin')).toBe(0);
  expect(typoAllowance('rioj')).toBe(1);
  expect(typoAllowance('jamesen')).toBe(2);
});
