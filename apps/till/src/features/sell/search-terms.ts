/**
 * How products and queries are cut into the words the search index compares: lower case, accents
 * stripped ("Château" → "chateau"), apostrophes dropped ("Daniel's" → "daniels"), and a size kept
 * as one word with its unit whichever way it is written ("1.5 L", "1,5l" → "1.5l"; "750 ml" →
 * "750ml"). A product's volume also gives the spellings a cashier may type for it: 750 ml is
 * "750ml", "75cl" and "0.75l".
 */

const ACCENTS = /[\u0300-\u036f]/g;
const NOT_ASCII = /[^ -~]/;
const APOSTROPHES = /['’`]/g;
/** A number (with one decimal part) and the letters stuck to it, or a run of letters and digits. */
const WORD = /\p{N}+(?:[.,]\p{N}+)?\p{L}*|[\p{L}\p{N}]+/gu;
const UNITS: ReadonlySet<string> = new Set(['ml', 'cl', 'l', 'lt', 'ltr', 'oz', 'g', 'kg']);
const NUMBER = /^\p{N}+(?:\.\p{N}+)?$/u;

/** Lower case, without accents or apostrophes: the form every comparison uses. */
export function normalise(text: string): string {
  const lower = text.toLowerCase();
  // Plain ASCII (most names) has no accents to strip: skip the costly decomposition.
  return (NOT_ASCII.test(lower) ? lower.normalize('NFD').replace(ACCENTS, '') : lower).replace(APOSTROPHES, '');
}

/** The words of a text, a number followed by its unit made one word ("750 ml" → "750ml"). */
export function words(text: string): string[] {
  const found = normalise(text).match(WORD) ?? [];
  const out: string[] = [];
  for (const raw of found) {
    const word = raw.replace(',', '.');
    const previous = out.at(-1);
    if (previous !== undefined && UNITS.has(word) && NUMBER.test(previous)) out[out.length - 1] = previous + word;
    else out.push(word);
  }
  return out;
}

/** What a cashier may type for a volume in millilitres: 750 → ["750ml", "75cl", "0.75l"]. */
export function sizeWords(volumeMl: number | null): string[] {
  if (!volumeMl) return [];
  const out = [`${volumeMl}ml`];
  if (volumeMl % 10 === 0) out.push(`${volumeMl / 10}cl`);
  out.push(`${volumeMl / 1000}l`);
  return out;
}

/** A product code as typed and as stored: trimmed, lower case, inner spaces kept out. */
export function normaliseCode(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, '');
}
