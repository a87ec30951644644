import { expect, test } from 'vitest';
import { afterWrongPin, formatCountdown, lockoutStatus, MAX_WRONG_PINS, PIN_LOCKOUT_MS } from './pin-lockout';

const t0 = new Date('2026-11-20T09:00:00.000Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

test('the fifth wrong PIN in a row locks the member for five minutes', () => {
  let entry = undefined;
  for (let i = 1; i < MAX_WRONG_PINS; i++) {
    entry = afterWrongPin(entry, at(i * 1000));
    expect(lockoutStatus(entry, at(i * 1000))).toEqual({ kind: 'open', triesLeft: MAX_WRONG_PINS - i });
  }
  entry = afterWrongPin(entry, at(5000));
  expect(PIN_LOCKOUT_MS).toBe(5 * 60_000);
  expect(entry.lockedUntil).toBe(at(5000 + PIN_LOCKOUT_MS).toISOString());
  expect(lockoutStatus(entry, at(6000))).toEqual({ kind: 'locked', until: at(5000 + PIN_LOCKOUT_MS), remainingMs: PIN_LOCKOUT_MS - 1000 });
});

test('a lockout ends on time and the count starts again from zero', () => {
  let entry = undefined;
  for (let i = 0; i < MAX_WRONG_PINS; i++) entry = afterWrongPin(entry, t0);
  expect(lockoutStatus(entry, at(PIN_LOCKOUT_MS - 1)).kind).toBe('locked');
  expect(lockoutStatus(entry, at(PIN_LOCKOUT_MS))).toEqual({ kind: 'open', triesLeft: MAX_WRONG_PINS });
  const next = afterWrongPin(entry, at(PIN_LOCKOUT_MS));
  expect(next).toEqual({ failures: 1 });
});

test('a PIN typed while locked does not extend the lockout', () => {
  let entry = undefined;
  for (let i = 0; i < MAX_WRONG_PINS; i++) entry = afterWrongPin(entry, t0);
  expect(afterWrongPin(entry, at(60_000))).toEqual(entry);
});

test('a member with no wrong PINs has every try left', () => {
  expect(lockoutStatus(undefined, t0)).toEqual({ kind: 'open', triesLeft: MAX_WRONG_PINS });
});

test('the countdown reads minutes and seconds, rounded up to the next second', () => {
  expect(formatCountdown(PIN_LOCKOUT_MS)).toBe('5:00');
  expect(formatCountdown(PIN_LOCKOUT_MS - 1000)).toBe('4:59');
  expect(formatCountdown(61_500)).toBe('1:02');
  expect(formatCountdown(1)).toBe('0:01');
  expect(formatCountdown(-5)).toBe('0:00');
});
