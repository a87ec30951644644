import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { code128SetC, digitsToSaleId, parseSaleCode, saleIdToDigits } from './sale-code';

describe('the sale code on a receipt', () => {
  test('every UUID becomes 40 digits and back, unchanged', () => {
    fc.assert(
      fc.property(fc.uuid(), (id) => {
        const digits = saleIdToDigits(id);
        expect(digits).toMatch(/^\d{40}$/);
        expect(digitsToSaleId(digits)).toBe(id.toLowerCase());
        expect(parseSaleCode(digits)).toBe(id.toLowerCase());
      }),
    );
  });

  test('leading zeros are kept and the largest UUID still fits', () => {
    expect(saleIdToDigits('00000000-0000-0000-0000-000000000001')).toBe(`${'0'.repeat(39)}1`);
    expect(saleIdToDigits('ffffffff-ffff-ffff-ffff-ffffffffffff')).toBe('0340282366920938463463374607431768211455');
  });

  test('a QR code carries the UUID itself, in any case', () => {
    expect(parseSaleCode(' 0193A1B2-C3D4-7E5F-8A9B-0C1D2E3F4A5B ')).toBe('0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b');
  });

  test('a product barcode, a number too large for a UUID or a typo is not a sale code', () => {
    expect(parseSaleCode('4006381333931')).toBeNull();
    expect(parseSaleCode('9'.repeat(40))).toBeNull();
    expect(parseSaleCode('0193a1b2-c3d4')).toBeNull();
  });

  test('CODE128 set C packs two digits per symbol', () => {
    expect(code128SetC('0012349905')).toEqual([0, 12, 34, 99, 5]);
    expect(() => code128SetC('123')).toThrow(RangeError);
  });
});
