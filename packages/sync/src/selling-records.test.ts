import { describe, expect, test } from 'vitest';
import { defaultSellingSettings, MAX_QUICK_KEY_LABEL, MAX_QUICK_KEYS, quickKeySchema, sellingSettingsRecordSchema } from './selling-records';
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
