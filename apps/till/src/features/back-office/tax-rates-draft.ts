import type { TaxRate, TaxRatesInput } from './onboarding-schemas';
import { basisPointsToPercent, percentToBasisPoints } from './tax-rate-percent';

/** A tax rate as it is being typed: the percentage stays text until it is read exactly. */
export interface TaxRateRow {
  key: string;
  name: string;
  percent: string;
  inclusive: boolean;
  /** The server has it; saving again updates it by name and never deletes it. */
  saved: boolean;
}

let nextKey = 0;
const key = () => `rate-${(nextKey += 1)}`;

export function rowsFromSaved(rates: readonly TaxRate[]): TaxRateRow[] {
  return rates.map((r) => ({ key: key(), name: r.name, percent: basisPointsToPercent(r.rateBp), inclusive: r.inclusive, saved: true }));
}

export function newTaxRate(name: string, inclusive: boolean): TaxRateRow {
  return { key: key(), name, percent: '', inclusive, saved: false };
}

/**
 * The body of `PUT onboarding/tax-rates`, row for row, or the first problem with the field it is
 * about (`taxRates.1.rateBp`, the same path the server would name).
 */
export function taxRatesInput(rows: readonly TaxRateRow[]): { ok: true; input: TaxRatesInput } | { ok: false; field: string; message: string } {
  if (rows.length === 0) return { ok: false, field: 'taxRates', message: 'Add at least one tax rate; a 0 % rate is fine if you charge none.' };
  const names = new Set<string>();
  const taxRates: TaxRatesInput['taxRates'] = [];
  for (const [i, row] of rows.entries()) {
    const name = row.name.trim();
    if (!name) return { ok: false, field: `taxRates.${i}.name`, message: `Give tax rate ${i + 1} a name, such as Standard or Reduced.` };
    if (names.has(name.toLowerCase())) return { ok: false, field: `taxRates.${i}.name`, message: `Another tax rate is already called “${name}”.` };
    names.add(name.toLowerCase());
    const rate = percentToBasisPoints(row.percent);
    if (!rate.ok) return { ok: false, field: `taxRates.${i}.rateBp`, message: rate.message };
    taxRates.push({ name, rateBp: rate.basisPoints, inclusive: row.inclusive });
  }
  return { ok: true, input: { taxRates } };
}
