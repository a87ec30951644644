import { describe, expect, test } from 'vitest';
import { ageCheckSchema, type AgeCheck } from './age-check-record';
import { ageGate, needsAgeCheck, restrictedLineIds } from './age-gate';
import { ageRestrictionSettingsSchema, DEFAULT_MINIMUM_AGE } from './minimum-age';

const cashier = '00000000-0000-4000-8000-000000000601';
const products = [
  { id: 'gin', ageRestricted: true },
  { id: 'juice', ageRestricted: false },
];
const cart = [
  { lineId: 'l1', productId: 'juice' },
  { lineId: 'l2', productId: 'gin' },
];
const check = (over: Partial<AgeCheck>): AgeCheck => ({ method: 'dob_entered', dateOfBirth: '2005-06-15', verifiedBy: cashier, at: '2026-06-15T22:30:00-04:00', ...over });

describe('age checks before payment', () => {
  test('a cart with a restricted item needs a check; one without does not', () => {
    expect(needsAgeCheck(cart, products)).toBe(true);
    expect(needsAgeCheck([cart[0]!], products)).toBe(false);
    expect(restrictedLineIds(cart, products)).toEqual(['l2']);
  });

  test('a product the till cannot find is treated as restricted', () => {
    expect(restrictedLineIds([{ lineId: 'l3', productId: 'unknown' }], products)).toEqual(['l3']);
  });

  test('without a check the restricted lines cannot be paid for', () => {
    expect(ageGate(cart, products, null, 21)).toEqual({ ok: false, error: { code: 'AGE_CHECK_REQUIRED', message: '1 item(s) need an age check before payment.', blockedLineIds: ['l2'] } });
    expect(ageGate([cart[0]!], products, null, 21)).toEqual({ ok: true, checked: false });
  });

  test("a date of birth is checked on the store's date at the time of the check", () => {
    expect(ageGate(cart, products, check({}), 21)).toEqual({ ok: true, checked: true });
    // 22:30 on the 14th in the store is already the 15th in UTC; the store's date decides.
    expect(ageGate(cart, products, check({ at: '2026-06-14T22:30:00-04:00' }), 21)).toMatchObject({ ok: false, error: { code: 'UNDER_AGE', blockedLineIds: ['l2'] } });
  });

  test('under age blocks only the restricted items, and the minimum age is the channel setting', () => {
    const young = check({ method: 'id_scanned', dateOfBirth: '2007-01-01' });
    expect(ageGate(cart, products, young, 21)).toMatchObject({ ok: false, error: { code: 'UNDER_AGE', blockedLineIds: ['l2'] } });
    expect(ageGate(cart, products, young, 18)).toEqual({ ok: true, checked: true });
  });

  test("a visual check passes on the cashier's word; entered and scanned checks need the date", () => {
    const visual = check({ method: 'visual_over_threshold' });
    delete visual.dateOfBirth;
    expect(ageGate(cart, products, visual, 21)).toEqual({ ok: true, checked: true });
    expect(ageCheckSchema.safeParse(visual).success).toBe(true);
    const scannedWithoutDate = { ...visual, method: 'id_scanned' as const };
    expect(ageCheckSchema.safeParse(scannedWithoutDate).success).toBe(false);
    expect(ageGate(cart, products, scannedWithoutDate, 21)).toMatchObject({ ok: false, error: { code: 'AGE_CHECK_REQUIRED' } });
  });

  test('the check record names a real date, a staff member and an instant with its offset', () => {
    expect(ageCheckSchema.safeParse(check({})).success).toBe(true);
    expect(ageCheckSchema.safeParse(check({ dateOfBirth: '2005-02-29' })).success).toBe(false);
    expect(ageCheckSchema.safeParse(check({ verifiedBy: 'casey' })).success).toBe(false);
    expect(ageCheckSchema.safeParse({ ...check({}), method: 'vibes' }).success).toBe(false);
  });

  test('the minimum age defaults to 21 and may be set to 18', () => {
    expect(ageRestrictionSettingsSchema.parse({})).toEqual({ minimumAge: DEFAULT_MINIMUM_AGE });
    expect(DEFAULT_MINIMUM_AGE).toBe(21);
    expect(ageRestrictionSettingsSchema.parse({ minimumAge: 18 })).toEqual({ minimumAge: 18 });
    expect(ageRestrictionSettingsSchema.safeParse({ minimumAge: 0 }).success).toBe(false);
  });
});
