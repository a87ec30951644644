import { expect, test } from 'vitest';
import { ean13CheckDigit, isValidEan13 } from './ean13';

test('a known EAN-13 barcode validates', () => {
  expect(isValidEan13('4006381333931')).toBe(true);
  expect(ean13CheckDigit('400638133393')).toBe(1);
});

test('a barcode with a wrong check digit or length is refused', () => {
  expect(isValidEan13('4006381333932')).toBe(false);
  expect(isValidEan13('400638133393')).toBe(false);
  expect(isValidEan13('40063813339a1')).toBe(false);
});
