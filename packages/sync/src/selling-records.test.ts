import { describe, expect, test } from 'vitest';
import { challengeAgeOf, checkoutSettingsSchema, defaultSellingSettings, MAX_QUICK_KEY_LABEL, MAX_QUICK_KEYS, mobileMoneyProvidersOf, quickKeySchema, sellingSettingsRecordSchema } from './selling-records';
import { beer, channel, wine } from './test-fixtures';

const base = defaultSellingSettings(channel.id);

describe('quick keys in a channel’s selling settings', () => {
  test('a channel without settings has no quick keys', () => {
    expect(base.quickKeys).toEqual([]);
  });

  test('settings a till stored before quick keys existed still read', () => {
    const older: Record<string, unknown> = { ...base };
    delete older.quickKeys;
    expect(sellingSettingsRecordSchema.parse(older)).toEqual(older);
  });

  test('keys keep their order, and a pack is optional (null: the first pack)', () => {
    const quickKeys = [
      { productId: wine.id, packId: null },
      { productId: beer.id, packId: beer.packs[1]!.id },
      { productId: beer.id, packId: null },
    ];
    expect(sellingSettingsRecordSchema.parse({ ...base, quickKeys }).quickKeys).toEqual(quickKeys);
  });

  test('the same product and pack twice is refused', () => {
    const key = { productId: beer.id, packId: beer.packs[0]!.id };
    const parsed = sellingSettingsRecordSchema.safeParse({ ...base, quickKeys: [key, key] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('a product and pack appear at most once among the quick keys');
  });

  test('more keys than a till shows are refused', () => {
    const quickKeys = Array.from({ length: MAX_QUICK_KEYS + 1 }, (_, i) => ({ productId: `0190a0e0-0000-7000-8000-${String(i).padStart(12, '0')}`, packId: null }));
    expect(sellingSettingsRecordSchema.safeParse({ ...base, quickKeys }).success).toBe(false);
    expect(sellingSettingsRecordSchema.safeParse({ ...base, quickKeys: quickKeys.slice(1) }).success).toBe(true);
  });

  test('a key may carry a short label and a colour from the palette, trimmed', () => {
    const key = quickKeySchema.parse({ productId: beer.id, packId: null, label: '  Lager pint ', colour: 'amber' });
    expect(key).toEqual({ productId: beer.id, packId: null, label: 'Lager pint', colour: 'amber' });
  });

  test('a blank or long label, or a colour outside the palette, is refused', () => {
    expect(quickKeySchema.safeParse({ productId: beer.id, packId: null, label: '   ' }).success).toBe(false);
    expect(quickKeySchema.safeParse({ productId: beer.id, packId: null, label: 'x'.repeat(MAX_QUICK_KEY_LABEL + 1) }).success).toBe(false);
    expect(quickKeySchema.safeParse({ productId: beer.id, packId: null, colour: '#ff0000' }).success).toBe(false);
  });
});

describe('a channel’s checkout settings', () => {
  test('settings from before them read, with the common providers and Challenge 25', () => {
    const older = { id: base.id, pricing: base.pricing, cashRounding: base.cashRounding, minimumAge: base.minimumAge, loyalty: base.loyalty, quickKeys: base.quickKeys };
    const parsed = sellingSettingsRecordSchema.parse(older);
    expect(mobileMoneyProvidersOf(parsed)).toEqual(['M-Pesa', 'MTN MoMo', 'Airtel Money']);
    expect(challengeAgeOf(parsed)).toBe(25);
    expect(mobileMoneyProvidersOf(base)).toEqual(['M-Pesa', 'MTN MoMo', 'Airtel Money']);
  });

  test('the challenge age follows a high minimum age, is set outright, or is off', () => {
    expect(challengeAgeOf({ minimumAge: 18, challengeAge: null })).toBe(25);
    expect(challengeAgeOf({ minimumAge: 24, challengeAge: null })).toBe(28);
    expect(challengeAgeOf({ minimumAge: 18, challengeAge: 30, visualCheck: true })).toBe(30);
    // A challenge age under a minimum age raised later never lets a visual check serve someone younger.
    expect(challengeAgeOf({ minimumAge: 21, challengeAge: 19 })).toBe(21);
    expect(challengeAgeOf({ minimumAge: 18, challengeAge: 30, visualCheck: false })).toBeNull();
  });

  test('providers are trimmed, distinct whatever their case, and at most eight', () => {
    expect(checkoutSettingsSchema.parse({ mobileMoneyProviders: [' M-Pesa '], visualCheck: true, challengeAge: null }).mobileMoneyProviders).toEqual(['M-Pesa']);
    expect(checkoutSettingsSchema.safeParse({ mobileMoneyProviders: ['M-Pesa', 'm-pesa'], visualCheck: true, challengeAge: null }).error?.issues[0]?.message).toBe('a provider appears at most once');
    expect(checkoutSettingsSchema.safeParse({ mobileMoneyProviders: Array.from({ length: 9 }, (_, i) => `P${i}`), visualCheck: true, challengeAge: null }).success).toBe(false);
    expect(checkoutSettingsSchema.safeParse({ mobileMoneyProviders: [], visualCheck: true, challengeAge: 100 }).success).toBe(false);
  });
});
