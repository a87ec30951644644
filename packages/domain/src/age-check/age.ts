import { compareLocalDates, daysInMonth, type LocalDate } from './local-date';

/**
 * Age in completed years on a date: the years since birth, less one when this year's birthday
 * has not come yet. Dates only — the store's calendar date, not an instant.
 *
 * Leap-day birthdays: someone born on 29 February has their birthday on 1 March in a year without
 * one, so they turn 21 on 1 March, never on 28 February. That is how the law counts it in
 * England and Wales and in most US states, and for an age-restricted sale it is the cautious
 * reading: it never lets anyone buy a day early. It falls out of comparing (month, day) pairs:
 * 28 Feb comes before 29 Feb, 1 Mar after it.
 */
export function ageOn(dateOfBirth: LocalDate, today: LocalDate): number {
  const years = today.year - dateOfBirth.year;
  const birthdayPassed = today.month > dateOfBirth.month || (today.month === dateOfBirth.month && today.day >= dateOfBirth.day);
  return birthdayPassed ? years : years - 1;
}

/** The first date on which someone born on `dateOfBirth` is `years` old (1 March for a 29 February birthday in a common year). */
export function dateOfTurning(dateOfBirth: LocalDate, years: number): LocalDate {
  const year = dateOfBirth.year + years;
  if (dateOfBirth.day <= daysInMonth(year, dateOfBirth.month)) return { year, month: dateOfBirth.month, day: dateOfBirth.day };
  return { year, month: dateOfBirth.month + 1, day: 1 };
}

/** Whether the person is at least `years` old on `today`. */
export function isAtLeast(dateOfBirth: LocalDate, today: LocalDate, years: number): boolean {
  return compareLocalDates(today, dateOfTurning(dateOfBirth, years)) >= 0;
}
