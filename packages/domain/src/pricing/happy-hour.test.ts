import { describe, expect, test } from 'vitest';
import { happyHourSchema, inHappyHour, localMinuteOfWeek, type HappyHour } from './happy-hour';
import { baseRules, cartOf, id, ids, item, onlyCategories, priced, ruleBase } from './test-fixtures';

const fridayLate: HappyHour = {
  kind: 'happy-hour',
  id: id(0xf01),
  name: 'Happy hour beer',
  ...ruleBase,
  scope: onlyCategories(ids.beerCategory),
  discountBp: 2000,
  windows: [
    { day: 5, start: '17:00', end: '19:00' },
    { day: 5, start: '22:00', end: '01:00' },
  ],
};

// 2026-11-20 is a Friday.
const beerAt = (at: string) => priced(cartOf([item(ids.lager, ids.lagerBottle, 5)], { at }), baseRules({ promotions: [fridayLate] })).lines[0]!;

describe('happy hour', () => {
  test('the wall clock is read from the pricing time in the store offset', () => {
    expect(localMinuteOfWeek('2026-11-16T00:00:00+01:00')).toBe(0); // Monday midnight
    expect(localMinuteOfWeek('2026-11-20T17:30:00+01:00')).toBe(4 * 1440 + 17 * 60 + 30);
    expect(localMinuteOfWeek('2026-11-22T23:59:00-05:00')).toBe(6 * 1440 + 23 * 60 + 59);
  });

  test('inside the window the discount applies and is explained; outside it does not', () => {
    expect(beerAt('2026-11-20T17:00:00+01:00').adjustments).toEqual([
      { kind: 'happy-hour', ruleId: fridayLate.id, explanation: 'Happy hour beer −20%', amount: 199, approvedBy: null },
    ]);
    expect(beerAt('2026-11-20T18:59:59+01:00').discountTotal).toBe(199);
    expect(beerAt('2026-11-20T19:00:00+01:00').discountTotal).toBe(0);
    expect(beerAt('2026-11-20T16:59:00+01:00').discountTotal).toBe(0);
    expect(beerAt('2026-11-19T17:30:00+01:00').discountTotal).toBe(0); // a Thursday
  });

  test('a window past midnight runs into the next morning and stops at its end', () => {
    expect(inHappyHour(fridayLate.windows, '2026-11-20T23:30:00+01:00')).toBe(true);
    expect(inHappyHour(fridayLate.windows, '2026-11-21T00:30:00+01:00')).toBe(true);
    expect(inHappyHour(fridayLate.windows, '2026-11-21T01:00:00+01:00')).toBe(false);
    expect(inHappyHour([{ day: 7, start: '23:00', end: '01:00' }], '2026-11-23T00:15:00+01:00')).toBe(true); // Sunday into Monday
  });

  test('the same instant written in another offset is another wall-clock time', () => {
    // 16:30 UTC is 17:30 in the store (+01:00) but 16:30 on a clock that reads UTC.
    expect(inHappyHour(fridayLate.windows, '2026-11-20T17:30:00+01:00')).toBe(true);
    expect(inHappyHour(fridayLate.windows, '2026-11-20T16:30:00Z')).toBe(false);
  });

  test('only lines in scope get it', () => {
    const cart = priced(cartOf([item(ids.gin, ids.ginBottle, 1)], { at: '2026-11-20T17:30:00+01:00' }), baseRules({ promotions: [fridayLate] }));
    expect(cart.discountTotal).toBe(0);
  });

  test('a window that starts and ends at the same minute or a time like 24:00 is refused', () => {
    expect(happyHourSchema.safeParse({ ...fridayLate, windows: [{ day: 5, start: '17:00', end: '17:00' }] }).success).toBe(false);
    expect(happyHourSchema.safeParse({ ...fridayLate, windows: [{ day: 5, start: '17:00', end: '24:00' }] }).success).toBe(false);
    expect(happyHourSchema.safeParse({ ...fridayLate, windows: [{ day: 0, start: '17:00', end: '18:00' }] }).success).toBe(false);
    expect(happyHourSchema.safeParse(fridayLate).success).toBe(true);
  });
});
