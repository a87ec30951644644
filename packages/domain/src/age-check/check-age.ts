import { ageOn, dateOfTurning } from './age';
import { compareLocalDates, formatLocalDate, parseLocalDate } from './local-date';

export const ageCheckFailureCodes = {
  INVALID_DATE: 'INVALID_DATE',
  DATE_OF_BIRTH_IN_FUTURE: 'DATE_OF_BIRTH_IN_FUTURE',
  UNDER_AGE: 'UNDER_AGE',
} as const;

export type AgeCheckFailure =
  | { code: 'INVALID_DATE'; message: string; field: 'dateOfBirth' | 'today' }
  | { code: 'DATE_OF_BIRTH_IN_FUTURE'; message: string }
  | {
      code: 'UNDER_AGE';
      message: string;
      /** Completed years today. */
      age: number;
      minimumAge: number;
      /** The first date the customer may buy (YYYY-MM-DD). */
      oldEnoughOn: string;
    };

export type AgeCheckOutcome = { ok: true; age: number } | { ok: false; error: AgeCheckFailure };

/**
 * Whether someone born on `dateOfBirth` may buy a restricted item on `today` (both YYYY-MM-DD,
 * `today` the store's date) where the minimum age is `minimumAge` (see age.ts for 29 February).
 */
export function checkAge(dateOfBirth: string, today: string, minimumAge: number): AgeCheckOutcome {
  const born = parseLocalDate(dateOfBirth);
  if (!born) return { ok: false, error: { code: 'INVALID_DATE', message: `${dateOfBirth} is not a date of birth written YYYY-MM-DD.`, field: 'dateOfBirth' } };
  const now = parseLocalDate(today);
  if (!now) return { ok: false, error: { code: 'INVALID_DATE', message: `${today} is not a date written YYYY-MM-DD.`, field: 'today' } };
  if (compareLocalDates(born, now) > 0) {
    return { ok: false, error: { code: 'DATE_OF_BIRTH_IN_FUTURE', message: `A date of birth of ${dateOfBirth} is after today, ${today}.` } };
  }
  const age = ageOn(born, now);
  if (age >= minimumAge) return { ok: true, age };
  const oldEnoughOn = formatLocalDate(dateOfTurning(born, minimumAge));
  return {
    ok: false,
    error: { code: 'UNDER_AGE', message: `The customer is ${age}; restricted items need ${minimumAge} (from ${oldEnoughOn}).`, age, minimumAge, oldEnoughOn },
  };
}
