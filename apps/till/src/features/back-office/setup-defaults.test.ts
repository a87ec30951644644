import { describe, expect, test } from 'vitest';
import { currencyForLocale, currencyLabel, localeLabel, optionsWith, pricesIncludeTax } from './setup-defaults';

describe('what the wizard proposes', () => {
  test('the currency follows the locale’s region, the euro for the euro area, USD when unknown', () => {
    expect(currencyForLocale('en-IE')).toBe('EUR');
    expect(currencyForLocale('de-DE')).toBe('EUR');
    expect(currencyForLocale('en-GB')).toBe('GBP');
    expect(currencyForLocale('sw-KE')).toBe('KES');
    expect(currencyForLocale('en-US')).toBe('USD');
    expect(currencyForLocale('en-AQ')).toBe('USD');
    expect(currencyForLocale('not a locale')).toBe('USD');
  });

  test('a language without a region takes its likely region (French → France → EUR)', () => {
    expect(currencyForLocale('fr')).toBe('EUR');
    expect(currencyForLocale('ja')).toBe('JPY');
  });

  test('the current value is always an option, once, and options sort by their label', () => {
    expect(optionsWith(['b', 'a'], 'c', (v) => v.toUpperCase())).toEqual([
      { value: 'a', label: 'A' },
      { value: 'b', label: 'B' },
      { value: 'c', label: 'C' },
    ]);
    expect(optionsWith(['a'], 'a', (v) => v)).toEqual([{ value: 'a', label: 'a' }]);
  });

  test('locales and currencies read in words with their codes', () => {
    expect(localeLabel('en-IE')).toBe('English (Ireland) · en-IE');
    expect(currencyLabel('EUR')).toBe('EUR · Euro');
  });

  test('prices include tax unless the currency is the US or Canadian dollar', () => {
    expect(pricesIncludeTax('EUR')).toBe(true);
    expect(pricesIncludeTax('USD')).toBe(false);
  });
});
