import { describe, expect, test } from 'vitest';
import { ageCheckSchema, ageGate } from '@tillsafe/domain';
import { decideAgeCheck, restrictedLines, type AgeCheckSetup } from './age-check-state';
import { dateFormatOf, datePlaceholder, dateInWords, formatTypedDate, parseTypedDate } from './date-entry';
import { localInstant } from './local-instant';

const cashierId = '0190a0e0-0000-7000-8000-00000000f001';
const whisky = { lineId: 'l-whisky', productId: 'p-whisky', name: 'Islay Single Malt 12', detail: 'Bottle 700 ml', qty: 1 };
const juice = { lineId: 'l-juice', productId: 'p-juice', name: 'Orange Juice', qty: 2 };
const wine = { lineId: 'l-wine', productId: 'p-wine', name: 'Rioja Crianza', qty: 2 };
const setup: AgeCheckSetup = {
  lines: [whisky, juice, wine],
  products: [
    { id: 'p-whisky', ageRestricted: true },
    { id: 'p-juice', ageRestricted: false },
    { id: 'p-wine', ageRestricted: true },
  ],
  minimumAge: 21,
  cashierId,
  challengeAge: 25,
};
const at = '2026-06-15T18:30:00-04:00';
const us = dateFormatOf('en-US');

/** A licence barcode as a keyboard-wedge scanner types it (CR for each line end). */
const licence = (dbb: string) => `@\n\rANSI 636000100102DL00410278ZV03190008DLDAQT64235789\rDCSSAMPLE\rDBB${dbb}\rDBA12102029\rDCGUSA\r`;

describe('checking age before payment', () => {
  test('the lines needing the check are the restricted ones, in cart order', () => {
    expect(restrictedLines(setup).map((l) => l.lineId)).toEqual(['l-whisky', 'l-wine']);
  });

  test('a typed date of birth that is old enough becomes the sale’s check record, which the gate passes', () => {
    const decision = decideAgeCheck(setup, { method: 'dob_entered', typed: '06/15/1986', format: us }, at);
    expect(decision).toEqual({ kind: 'passed', age: 40, check: { method: 'dob_entered', dateOfBirth: '1986-06-15', verifiedBy: cashierId, at } });
    if (decision.kind !== 'passed') throw new Error('expected a pass');
    expect(ageCheckSchema.safeParse(decision.check).success).toBe(true);
    expect(ageGate(setup.lines, setup.products, decision.check, 21)).toEqual({ ok: true, checked: true });
  });

  test('the 21st birthday is the first day; the day before is under age, and says which items are blocked', () => {
    expect(decideAgeCheck(setup, { method: 'dob_entered', typed: '06/15/2005', format: us }, at)).toMatchObject({ kind: 'passed', age: 21 });
    expect(decideAgeCheck(setup, { method: 'dob_entered', typed: '06/16/2005', format: us }, at)).toEqual({
      kind: 'under_age',
      dateOfBirth: '2005-06-16',
      age: 20,
      oldEnoughOn: '2026-06-16',
      blocked: [whisky, wine],
      message: 'The customer is 20; restricted items need 21 (from 2026-06-16).',
    });
  });

  test("the store's date decides: late evening in the store is already tomorrow in UTC", () => {
    const lateEvening = '2026-06-15T23:30:00-04:00';
    expect(decideAgeCheck(setup, { method: 'dob_entered', typed: '06/16/2005', format: us }, lateEvening)).toMatchObject({ kind: 'under_age' });
  });

  test('a scanned licence gives the date of birth; its check is recorded as scanned', () => {
    expect(decideAgeCheck(setup, { method: 'id_scanned', scanned: licence('06151986') }, at)).toMatchObject({ kind: 'passed', age: 40, check: { method: 'id_scanned', dateOfBirth: '1986-06-15' } });
    expect(decideAgeCheck(setup, { method: 'id_scanned', scanned: licence('01012008') }, at)).toMatchObject({ kind: 'under_age', age: 18, blocked: [whisky, wine] });
  });

  test('a product barcode scanned into the ID field, a date in the future or half a date is refused with a code', () => {
    expect(decideAgeCheck(setup, { method: 'id_scanned', scanned: '5012345678900' }, at)).toMatchObject({ kind: 'invalid', code: 'NOT_AAMVA' });
    expect(decideAgeCheck(setup, { method: 'dob_entered', typed: '01/01/2030', format: us }, at)).toMatchObject({ kind: 'invalid', code: 'DATE_OF_BIRTH_IN_FUTURE' });
    expect(decideAgeCheck(setup, { method: 'dob_entered', typed: '06/15', format: us }, at)).toMatchObject({ kind: 'invalid', code: 'INCOMPLETE_DATE' });
  });

  test('a visual check passes without a date of birth where the store allows one, and never where it does not', () => {
    expect(decideAgeCheck(setup, { method: 'visual_over_threshold' }, at)).toEqual({ kind: 'passed', age: null, check: { method: 'visual_over_threshold', verifiedBy: cashierId, at } });
    expect(decideAgeCheck({ ...setup, challengeAge: null }, { method: 'visual_over_threshold' }, at)).toMatchObject({ kind: 'invalid', code: 'VISUAL_CHECK_NOT_ALLOWED' });
  });

  test('the minimum age is the channel setting', () => {
    expect(decideAgeCheck({ ...setup, minimumAge: 18 }, { method: 'id_scanned', scanned: licence('01012008') }, at)).toMatchObject({ kind: 'passed', age: 18 });
  });
});

describe('typing a date of birth the way the locale writes dates', () => {
  test('day, month and year come in the locale’s order, with its separator', () => {
    expect(datePlaceholder(dateFormatOf('en-US'))).toBe('MM/DD/YYYY');
    expect(datePlaceholder(dateFormatOf('en-GB'))).toBe('DD/MM/YYYY');
    expect(datePlaceholder(dateFormatOf('de-DE'))).toBe('DD.MM.YYYY');
    expect(datePlaceholder(dateFormatOf('en-CA'))).toBe('YYYY-MM-DD');
    for (const [locale, typed] of [
      ['en-US', '06/15/1986'],
      ['en-GB', '15/06/1986'],
      ['de-DE', '15.06.1986'],
      ['ja-JP', '1986/06/15'],
      ['en-US', '6/15/1986'],
      ['en-GB', '15061986'],
      ['de-DE', '1986-06-15'],
    ] as const) {
      expect(parseTypedDate(typed, dateFormatOf(locale))).toEqual({ ok: true, date: '1986-06-15' });
    }
  });

  test('separators appear as the digits are typed', () => {
    expect(formatTypedDate('0615', us)).toBe('06/15/');
    expect(formatTypedDate('06151986', us)).toBe('06/15/1986');
    expect(formatTypedDate('150', dateFormatOf('de-DE'))).toBe('15.0');
    expect(formatTypedDate('1986-06', us)).toBe('1986-06');
  });

  test('a two-digit year, or a day that does not exist, is refused', () => {
    expect(parseTypedDate('06/15/86', us)).toMatchObject({ ok: false, error: { code: 'TWO_DIGIT_YEAR' } });
    expect(parseTypedDate('02/29/2005', us)).toMatchObject({ ok: false, error: { code: 'NOT_A_DATE' } });
    expect(parseTypedDate('15/06/1986', us)).toMatchObject({ ok: false, error: { code: 'NOT_A_DATE' } });
  });

  test('the date read back in words, so a day and month swapped by mistake shows', () => {
    expect(dateInWords('1986-06-15', 'en-US')).toBe('June 15, 1986');
    expect(dateInWords('1986-06-15', 'de-DE')).toBe('15. Juni 1986');
  });
});

test("the check's instant carries the till's own UTC offset, so its date is the store's", () => {
  const instant = localInstant(new Date(2026, 5, 15, 23, 30, 5));
  expect(instant).toMatch(/^2026-06-15T23:30:05[+-]\d{2}:\d{2}$/);
  expect(new Date(instant).getTime()).toBe(new Date(2026, 5, 15, 23, 30, 5).getTime());
});
