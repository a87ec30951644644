import { formatLocalDate, localDate, type LocalDate } from './local-date';

/**
 * Reads the date of birth from the PDF417 barcode on the back of a US or Canadian driver licence
 * or ID card (AAMVA DL/ID Card Design Standard, Annex D), as a scanner types it in.
 *
 * The payload opens with a header ("@", then LF, RS, CR, "ANSI " and the issuer's number; older
 * cards say "AAMVA"), then subfiles ("DL", "ID") of data elements: a three-letter element id, its
 * value, a line feed. The first element of a subfile follows its "DL"/"ID" designator directly.
 * Keyboard-wedge scanners may turn the control characters into CR, CRLF or drop them, so the
 * header's byte offsets are not trusted; elements are found by their id at the start of a line
 * or right after a subfile designator.
 *
 * DBB, the date of birth, is MMDDCCYY on US cards and CCYYMMDD on Canadian ones (DCG, the
 * country, says which; cards from before it existed don't say). The two readings can never both
 * be plausible — read the other way, a year comes out below 1900 or a month above 12 — so the
 * country's order is tried first and the other second, and a card that writes its date in the
 * other order (some older ones do) is still read right.
 */
export type AamvaCountry = 'USA' | 'CAN';

export interface AamvaDateOfBirth {
  /** YYYY-MM-DD */
  dateOfBirth: string;
  /** From the DCG element; null when the card does not say. */
  country: AamvaCountry | null;
}

export type AamvaFailure = { code: 'NOT_AAMVA' | 'NO_DATE_OF_BIRTH' | 'INVALID_DATE_OF_BIRTH'; message: string };

export type AamvaOutcome = { ok: true; value: AamvaDateOfBirth } | { ok: false; error: AamvaFailure };

/** Dates of birth before this are taken as a misreading rather than a customer. */
const EARLIEST_BIRTH_YEAR = 1900;

export function parseAamvaDateOfBirth(scanned: string): AamvaOutcome {
  if (!/^\s*@/.test(scanned) || !/(ANSI |AAMVA)/.test(scanned.slice(0, 40))) {
    return { ok: false, error: { code: 'NOT_AAMVA', message: 'This is not the barcode from the back of a US or Canadian licence or ID card.' } };
  }
  const raw = element(scanned, 'DBB');
  if (raw === null) return { ok: false, error: { code: 'NO_DATE_OF_BIRTH', message: 'The ID barcode has no date of birth (DBB).' } };
  const countryCode = element(scanned, 'DCG')?.slice(0, 3) ?? null;
  const country: AamvaCountry | null = countryCode === 'USA' || countryCode === 'CAN' ? countryCode : null;
  const readings = country === 'CAN' ? [readCcyymmdd, readMmddccyy] : [readMmddccyy, readCcyymmdd];
  const date = /^\d{8}$/.test(raw) ? readings.map((read) => read(raw)).find((d) => d !== null && d.year >= EARLIEST_BIRTH_YEAR) : undefined;
  if (!date) return { ok: false, error: { code: 'INVALID_DATE_OF_BIRTH', message: `The ID barcode's date of birth "${raw}" is not a date.` } };
  return { ok: true, value: { dateOfBirth: formatLocalDate(date), country } };
}

/** An element's value: after its id at the start of a line or after a subfile designator, up to the line's end. */
function element(payload: string, id: string): string | null {
  const match = new RegExp(`(?:^|[\\n\\r\\x1e]|DL|ID)${id}([^\\n\\r\\x1e]*)`).exec(payload);
  return match ? match[1]!.trim() : null;
}

function readMmddccyy(digits: string): LocalDate | null {
  return localDate(Number(digits.slice(4, 8)), Number(digits.slice(0, 2)), Number(digits.slice(2, 4)));
}

function readCcyymmdd(digits: string): LocalDate | null {
  return localDate(Number(digits.slice(0, 4)), Number(digits.slice(4, 6)), Number(digits.slice(6, 8)));
}
