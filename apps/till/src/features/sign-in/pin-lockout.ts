import type { PinLockout } from '../../db/meta';

/**
 * PIN lockout at the till (DESIGN §6: lockout after repeated failures). The PIN hashes live on the
 * till for offline sign-in, so guessing is only slowed here: after MAX_WRONG_PINS wrong PINs in a
 * row, that staff member cannot try again on this till for PIN_LOCKOUT_MS. Other staff are not
 * affected; a right PIN resets the count; when a lockout ends the count starts again from zero.
 * Pure rules: the caller passes the time, so tests never wait.
 */
export const MAX_WRONG_PINS = 5;
/** Five minutes: long enough to stop guessing 10,000 four-digit PINs, short enough for a shift. */
export const PIN_LOCKOUT_MS = 5 * 60_000;

export type LockoutStatus = { kind: 'open'; triesLeft: number } | { kind: 'locked'; until: Date; remainingMs: number };

export function lockoutStatus(entry: PinLockout | undefined, now: Date): LockoutStatus {
  const until = entry?.lockedUntil === undefined ? undefined : new Date(entry.lockedUntil);
  if (until && until.getTime() > now.getTime()) return { kind: 'locked', until, remainingMs: until.getTime() - now.getTime() };
  const failures = until ? 0 : (entry?.failures ?? 0);
  return { kind: 'open', triesLeft: Math.max(0, MAX_WRONG_PINS - failures) };
}

/** The entry after one more wrong PIN; the fifth in a row locks the member out from `now`. */
export function afterWrongPin(entry: PinLockout | undefined, now: Date): PinLockout {
  const status = lockoutStatus(entry, now);
  // Already locked: a PIN typed now is not even checked, so it does not extend the lockout.
  if (status.kind === 'locked') return entry ?? { failures: 0 };
  const failures = MAX_WRONG_PINS - status.triesLeft + 1;
  if (failures < MAX_WRONG_PINS) return { failures };
  return { failures: 0, lockedUntil: new Date(now.getTime() + PIN_LOCKOUT_MS).toISOString() };
}

/** "4:59": minutes and seconds left, rounded up so the last second reads 0:01, never 0:00. */
export function formatCountdown(remainingMs: number): string {
  const seconds = Math.max(0, Math.ceil(remainingMs / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

export function wrongPinSentence(triesLeft: number): string {
  if (triesLeft === 1) return `Wrong PIN. 1 try left before a ${PIN_LOCKOUT_MS / 60_000}-minute lock.`;
  return `Wrong PIN. ${triesLeft} tries left.`;
}
