import { afterEach, beforeAll, expect, test } from 'vitest';
import { hashPin } from '@tillsafe/domain';
import { getMeta } from '../../db/meta';
import type { StaffRow } from '../../db/rows';
import type { TillDb } from '../../db/till-db';
import { cashier, freshDb } from '../../test-support/fixtures';
import { checkPin, MAX_KEPT_WRONG_PINS, readLockout } from './pin-attempts';
import { PIN_LOCKOUT_MS } from './pin-lockout';

let db: TillDb | undefined;
afterEach(async () => {
  await db?.delete();
});

let casey: StaffRow;
let ben: StaffRow;
beforeAll(async () => {
  casey = { ...cashier, pinHash: await hashPin('1234', cashier.pinSalt) };
  ben = { ...cashier, id: '0190a0e0-0000-7000-8000-00000000f002', name: 'Ben Okafor', pinHash: await hashPin('4321', cashier.pinSalt) };
});

/** A clock the test moves by hand. */
function manualClock(start = '2026-11-20T09:00:00.000Z') {
  let now = new Date(start).getTime();
  return {
    now: () => new Date(now),
    advance(ms: number) {
      now += ms;
    },
  };
}

test('five wrong PINs lock that member out; the right PIN is then refused until the lockout ends', async () => {
  db = freshDb();
  const clock = manualClock();
  const results = [];
  for (let i = 0; i < 5; i++) results.push(await checkPin(db, casey, '9999', 'sign-in', clock.now));
  expect(results.slice(0, 4)).toEqual([4, 3, 2, 1].map((triesLeft) => ({ kind: 'wrong', triesLeft })));
  expect(results[4]).toMatchObject({ kind: 'locked', remainingMs: PIN_LOCKOUT_MS });

  clock.advance(PIN_LOCKOUT_MS - 1000);
  expect(await checkPin(db, casey, '1234', 'sign-in', clock.now)).toMatchObject({ kind: 'locked', remainingMs: 1000 });
  clock.advance(1000);
  expect(await checkPin(db, casey, '1234', 'sign-in', clock.now)).toEqual({ kind: 'ok' });
});

test('a lockout of one member leaves the others free to sign in', async () => {
  db = freshDb();
  const clock = manualClock();
  for (let i = 0; i < 5; i++) await checkPin(db, casey, '0000', 'sign-in', clock.now);
  expect((await readLockout(db, casey.id, clock.now())).kind).toBe('locked');
  expect(await checkPin(db, ben, '4321', 'sign-in', clock.now)).toEqual({ kind: 'ok' });
  expect(await readLockout(db, ben.id, clock.now())).toEqual({ kind: 'open', triesLeft: 5 });
});

test('the right PIN resets the count of wrong ones', async () => {
  db = freshDb();
  const clock = manualClock();
  for (let i = 0; i < 4; i++) await checkPin(db, casey, '1111', 'sign-in', clock.now);
  expect(await checkPin(db, casey, '1234', 'sign-in', clock.now)).toEqual({ kind: 'ok' });
  expect(await checkPin(db, casey, '1111', 'lock-screen', clock.now)).toEqual({ kind: 'wrong', triesLeft: 4 });
});

test('the count and the lockout survive a reload of the till', async () => {
  db = freshDb();
  const clock = manualClock();
  for (let i = 0; i < 3; i++) await checkPin(db, casey, '1111', 'sign-in', clock.now);
  db.close();
  await db.open();
  expect(await readLockout(db, casey.id, clock.now())).toEqual({ kind: 'open', triesLeft: 2 });
  await checkPin(db, casey, '1111', 'lock-screen', clock.now);
  await checkPin(db, casey, '1111', 'lock-screen', clock.now);
  db.close();
  await db.open();
  expect(await readLockout(db, casey.id, clock.now())).toMatchObject({ kind: 'locked', remainingMs: PIN_LOCKOUT_MS });
});

test('every wrong PIN is kept for the back office, with where it was typed and the lockout it caused', async () => {
  db = freshDb();
  const clock = manualClock();
  for (let i = 0; i < 4; i++) await checkPin(db, casey, '1111', 'sign-in', clock.now);
  clock.advance(1000);
  await checkPin(db, casey, '2222', 'lock-screen', clock.now);
  await checkPin(db, casey, '1234', 'sign-in', clock.now);
  await checkPin(db, ben, '4321', 'sign-in', clock.now);
  const kept = await getMeta(db, 'wrongPinAttempts');
  expect(kept).toHaveLength(5);
  expect(kept?.slice(0, 4).every((a) => a.staffId === casey.id && a.where === 'sign-in' && a.lockedUntil === undefined)).toBe(true);
  expect(kept?.[4]).toEqual({
    staffId: casey.id,
    at: '2026-11-20T09:00:01.000Z',
    where: 'lock-screen',
    lockedUntil: new Date(Date.parse('2026-11-20T09:00:01.000Z') + PIN_LOCKOUT_MS).toISOString(),
  });
});

test('the kept wrong PINs are capped, dropping the oldest', async () => {
  db = freshDb();
  const clock = manualClock();
  const old = Array.from({ length: MAX_KEPT_WRONG_PINS }, (_, i) => ({ staffId: ben.id, at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(), where: 'sign-in' as const }));
  await db.meta.put({ key: 'wrongPinAttempts', value: old });
  await checkPin(db, casey, '1111', 'sign-in', clock.now);
  const kept = await getMeta(db, 'wrongPinAttempts');
  expect(kept).toHaveLength(MAX_KEPT_WRONG_PINS);
  expect(kept?.[0]).toEqual(old[1]);
  expect(kept?.at(-1)?.staffId).toBe(casey.id);
});
