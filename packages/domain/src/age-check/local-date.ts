import { z } from 'zod';

/**
 * A calendar date as the store's wall calendar shows it, written YYYY-MM-DD: a date of birth, or
 * "today" at the store. Ages are worked out on these dates alone, never on instants, so no time
 * zone library is needed and the answer cannot shift with the till's or the server's zone.
 */
export interface LocalDate {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The date a YYYY-MM-DD string names, or null when it is not a real calendar date (2023-02-29). */
export function parseLocalDate(text: string): LocalDate | null {
  const match = DATE_PATTERN.exec(text);
  if (!match) return null;
  return localDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** The date with these parts, or null when there is no such day. */
export function localDate(year: number, month: number, day: number): LocalDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function formatLocalDate(date: LocalDate): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** Negative, zero or positive as `a` is before, on or after `b`. */
export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export const localDateSchema = z.string().refine((text) => parseLocalDate(text) !== null, 'a calendar date written YYYY-MM-DD');

/**
 * The store's date at an instant written with the store's UTC offset ("2026-11-21T23:30:00-05:00"
 * is the 21st there): the date part as written. An instant written in UTC ("…Z") gives UTC's date,
 * so callers that need the store's day write the store's offset, as the pricing time does.
 */
export function localDateOf(instantWithOffset: string): string {
  return instantWithOffset.slice(0, 10);
}
