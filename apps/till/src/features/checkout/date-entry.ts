import { formatLocalDate, localDate, parseLocalDate } from '@tillsafe/domain';

/**
 * A date of birth typed the way the store's locale writes dates: 06/15/1986 in en-US,
 * 15/06/1986 in en-GB, 15.06.1986 in de-DE, 1986-06-15 in en-CA. The order of day, month and
 * year and the separator come from `Intl.DateTimeFormat`, so no locale table is kept here; an
 * ISO date (YYYY-MM-DD) is read in every locale. The year must have four digits: for a date of
 * birth, "86" could be 1986 or 2086 and an age check cannot guess.
 */
export type DatePart = 'day' | 'month' | 'year';

export interface DateFormat {
  order: readonly [DatePart, DatePart, DatePart];
  separator: string;
}

const SAMPLE = Date.UTC(2006, 10, 23);

export function dateFormatOf(locale: string): DateFormat {
  const parts = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' }).formatToParts(SAMPLE);
  const order = parts.map((p) => p.type).filter((t): t is DatePart => t === 'day' || t === 'month' || t === 'year');
  const separator = parts.find((p) => p.type === 'literal')?.value.trim() || '/';
  if (order.length !== 3 || new Set(order).size !== 3) return { order: ['month', 'day', 'year'], separator: '/' };
  return { order: [order[0]!, order[1]!, order[2]!], separator };
}

const WIDTH: Record<DatePart, number> = { day: 2, month: 2, year: 4 };
const LETTER: Record<DatePart, string> = { day: 'D', month: 'M', year: 'Y' };

/** "MM/DD/YYYY", "DD.MM.YYYY": what to type, in the locale's order. */
export function datePlaceholder(format: DateFormat): string {
  return format.order.map((part) => LETTER[part].repeat(WIDTH[part])).join(format.separator);
}

/**
 * Digits as they are typed, with the separators put in: "0615" → "06/15/" in en-US. Anything
 * that already has a separator or a dash (an ISO date, a pasted date) is left as typed.
 */
export function formatTypedDate(text: string, format: DateFormat): string {
  if (/[^\d]/.test(text)) return text;
  let out = '';
  let rest = text;
  for (const [i, part] of format.order.entries()) {
    const width = WIDTH[part];
    const chunk = rest.slice(0, width);
    rest = rest.slice(width);
    out += chunk;
    if (chunk.length < width || i === 2) break;
    out += format.separator;
  }
  return out;
}

export type TypedDateOutcome =
  | { ok: true; date: string }
  | { ok: false; error: { code: 'INCOMPLETE_DATE' | 'TWO_DIGIT_YEAR' | 'NOT_A_DATE'; message: string } };

export function parseTypedDate(text: string, format: DateFormat): TypedDateOutcome {
  const typed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typed);
  let values: Record<DatePart, string>;
  if (iso) {
    values = { year: iso[1]!, month: iso[2]!, day: iso[3]! };
  } else {
    const groups = /^\d{8}$/.test(typed) ? splitByWidth(typed, format) : typed.split(/\D+/).filter(Boolean);
    if (groups.length < 3) return { ok: false, error: { code: 'INCOMPLETE_DATE', message: `Type the date of birth in full: ${datePlaceholder(format)}.` } };
    if (groups.length > 3) return notADate(typed);
    values = { [format.order[0]]: groups[0]!, [format.order[1]]: groups[1]!, [format.order[2]]: groups[2]! } as Record<DatePart, string>;
  }
  if (values.year.length !== 4) return { ok: false, error: { code: 'TWO_DIGIT_YEAR', message: 'Type the year in full, with four digits (1986, not 86).' } };
  const date = localDate(Number(values.year), Number(values.month), Number(values.day));
  if (!date || values.day.length > 2 || values.month.length > 2) return notADate(typed);
  return { ok: true, date: formatLocalDate(date) };
}

function splitByWidth(digits: string, format: DateFormat): string[] {
  const groups: string[] = [];
  let at = 0;
  for (const part of format.order) {
    groups.push(digits.slice(at, at + WIDTH[part]));
    at += WIDTH[part];
  }
  return groups;
}

function notADate(typed: string): TypedDateOutcome {
  return { ok: false, error: { code: 'NOT_A_DATE', message: `${typed} is not a date.` } };
}

/** A YYYY-MM-DD date in words, in the locale: "June 15, 1986", "15. Juni 1986". */
export function dateInWords(date: string, locale: string): string {
  const parts = parseLocalDate(date);
  if (!parts) return date;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(parts.year, parts.month - 1, parts.day));
}
