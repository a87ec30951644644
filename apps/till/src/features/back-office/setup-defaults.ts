/**
 * What the wizard proposes before the owner types anything: the browser's language, region and
 * time zone, and the currency of that region. All of it is shown and editable; the server checks
 * what is saved (ISO-4217, BCP 47, IANA).
 */

const EURO_REGIONS = new Set(['AT', 'BE', 'CY', 'DE', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PT', 'SI', 'SK']);
const REGION_CURRENCY: Record<string, string> = {
  US: 'USD',
  GB: 'GBP',
  CA: 'CAD',
  AU: 'AUD',
  NZ: 'NZD',
  ZA: 'ZAR',
  KE: 'KES',
  NG: 'NGN',
  GH: 'GHS',
  UG: 'UGX',
  TZ: 'TZS',
  IN: 'INR',
  MX: 'MXN',
  BR: 'BRL',
  CH: 'CHF',
  SE: 'SEK',
  NO: 'NOK',
  DK: 'DKK',
  PL: 'PLN',
  JP: 'JPY',
};

/** Commonly used shop locales, offered beside the browser's own. */
export const COMMON_LOCALES = ['en-US', 'en-GB', 'en-IE', 'en-CA', 'en-AU', 'en-NZ', 'en-ZA', 'en-KE', 'en-NG', 'en-IN', 'fr-FR', 'fr-CA', 'de-DE', 'es-ES', 'es-MX', 'it-IT', 'nl-NL', 'pt-PT', 'pt-BR', 'sw-KE'] as const;

/** The currency of a locale's region ("en-IE" → EUR), or USD when the region is unknown or absent. */
export function currencyForLocale(locale: string): string {
  let region: string | undefined;
  try {
    region = new Intl.Locale(locale).maximize().region;
  } catch {
    return 'USD';
  }
  if (!region) return 'USD';
  if (EURO_REGIONS.has(region)) return 'EUR';
  return REGION_CURRENCY[region] ?? 'USD';
}

/** Options for a select: the given values, the current one included, each once, sorted by label. */
export function optionsWith(values: readonly string[], current: string | undefined, label: (value: string) => string): { value: string; label: string }[] {
  const all = new Set(values);
  if (current) all.add(current);
  return [...all].map((value) => ({ value, label: label(value) })).sort((a, b) => a.label.localeCompare(b.label));
}

/** "English (Ireland) · en-IE": a locale in words, with its code. */
export function localeLabel(locale: string): string {
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(locale);
    return name && name !== locale ? `${name} · ${locale}` : locale;
  } catch {
    return locale;
  }
}

/** "EUR · Euro". */
export function currencyLabel(code: string): string {
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'currency' }).of(code);
    return name && name !== code ? `${code} · ${name}` : code;
  } catch {
    return code;
  }
}

export function knownCurrencies(): string[] {
  return Intl.supportedValuesOf('currency');
}

export function knownTimeZones(): string[] {
  return Intl.supportedValuesOf('timeZone');
}

/** Sales taxes added at the till are the North American habit; elsewhere prices include VAT/GST. */
export function pricesIncludeTax(currency: string): boolean {
  return currency !== 'USD' && currency !== 'CAD';
}
