import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { parseAamvaDateOfBirth } from './aamva-date-of-birth';
import { daysInMonth, formatLocalDate, type LocalDate } from './local-date';

/** A licence barcode as a scanner types it: header, DL subfile with its first element glued on, elements one per line. */
function licence(elements: string[], options: { separator?: string; issuer?: string } = {}): string {
  const sep = options.separator ?? '\n';
  return `@\n\x1e\rANSI ${options.issuer ?? '636000'}100102DL00410278ZV03190008DL${elements.join(sep)}\rZVZVA01\r`;
}
const usFields = ['DAQT64235789', 'DCSSAMPLE', 'DACJANE', 'DBD06062019', 'DBB06151986', 'DBA12102029', 'DCGUSA', 'DAJVA'];

describe('reading the date of birth from a licence barcode', () => {
  test('a US licence writes it MMDDCCYY', () => {
    expect(parseAamvaDateOfBirth(licence(usFields))).toEqual({ ok: true, value: { dateOfBirth: '1986-06-15', country: 'USA' } });
  });

  test('a Canadian licence writes it CCYYMMDD', () => {
    const ontario = ['DAQA1234-56789-01234', 'DCSSAMPLE', 'DBB19860615', 'DCGCAN', 'DAJON'];
    expect(parseAamvaDateOfBirth(licence(ontario, { issuer: '636012' }))).toEqual({ ok: true, value: { dateOfBirth: '1986-06-15', country: 'CAN' } });
  });

  test('a card that names no country, or writes the other order, is still read right', () => {
    expect(parseAamvaDateOfBirth(licence(['DAQX1', 'DBB19860615']))).toEqual({ ok: true, value: { dateOfBirth: '1986-06-15', country: null } });
    expect(parseAamvaDateOfBirth(licence(['DAQX1', 'DBB19860615', 'DCGUSA']))).toMatchObject({ ok: true, value: { dateOfBirth: '1986-06-15' } });
  });

  test('the date of birth as the first element, glued to the subfile designator, and CR line ends from a keyboard scanner', () => {
    expect(parseAamvaDateOfBirth(licence(['DBB02292004', 'DCSSAMPLE', 'DCGUSA'], { separator: '\r' }))).toEqual({ ok: true, value: { dateOfBirth: '2004-02-29', country: 'USA' } });
  });

  test('the issue and expiry dates are never taken for the date of birth', () => {
    expect(parseAamvaDateOfBirth(licence(['DBD06062019', 'DBA12102029', 'DCGUSA']))).toMatchObject({ ok: false, error: { code: 'NO_DATE_OF_BIRTH' } });
  });

  test('anything else scanned, or a date that is not one, is refused with a code', () => {
    expect(parseAamvaDateOfBirth('5012345678900')).toMatchObject({ ok: false, error: { code: 'NOT_AAMVA' } });
    expect(parseAamvaDateOfBirth(licence(['DBB02302004', 'DCGUSA']))).toMatchObject({ ok: false, error: { code: 'INVALID_DATE_OF_BIRTH', message: 'The ID barcode\'s date of birth "02302004" is not a date.' } });
    expect(parseAamvaDateOfBirth(licence(['DBB1986', 'DCGUSA']))).toMatchObject({ ok: false, error: { code: 'INVALID_DATE_OF_BIRTH' } });
  });
});

const dateArb: fc.Arbitrary<LocalDate> = fc
  .record({ year: fc.integer({ min: 1900, max: 2030 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map(({ year, month, day }) => ({ year, month, day: Math.min(day, daysInMonth(year, month)) }));
const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('licence barcodes, over random birthdays', () => {
  test('whatever the country and wherever DBB sits among the other elements, the date read is the date written', () => {
    fc.assert(
      fc.property(dateArb, fc.constantFrom('USA' as const, 'CAN' as const, null), fc.nat(6), fc.constantFrom('\n', '\r', '\r\n'), (born, country, position, separator) => {
        const dbb = country === 'CAN' ? `DBB${pad(born.year, 4)}${pad(born.month, 2)}${pad(born.day, 2)}` : `DBB${pad(born.month, 2)}${pad(born.day, 2)}${pad(born.year, 4)}`;
        const others = ['DAQT64235789', 'DCSSAMPLE', 'DBD06062019', 'DBA12102029', ...(country ? [`DCG${country}`] : [])];
        const elements = [...others.slice(0, position), dbb, ...others.slice(position)];
        expect(parseAamvaDateOfBirth(licence(elements, { separator }))).toEqual({ ok: true, value: { dateOfBirth: formatLocalDate(born), country } });
      }),
      { seed: 417_2026, numRuns: 300 },
    );
  });
});
