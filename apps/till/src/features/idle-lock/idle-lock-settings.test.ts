import { afterEach, expect, test } from 'vitest';
import type { TillDb } from '../../db/till-db';
import { freshDb } from '../../test-support/fixtures';
import { DEFAULT_IDLE_LOCK_MINUTES, readIdleLockMinutes, saveIdleLockMinutes } from './idle-lock-settings';

let db: TillDb | undefined;
afterEach(async () => {
  await db?.delete();
});

test('the idle period is 3 minutes until this till is given another, which it keeps', async () => {
  db = freshDb();
  expect(DEFAULT_IDLE_LOCK_MINUTES).toBe(3);
  expect(await readIdleLockMinutes(db)).toBe(3);
  expect(await saveIdleLockMinutes(db, 10)).toEqual({ ok: true });
  db.close();
  await db.open();
  expect(await readIdleLockMinutes(db)).toBe(10);
});

test('an idle period outside 1 to 60 whole minutes is refused and the stored one stands', async () => {
  db = freshDb();
  await saveIdleLockMinutes(db, 5);
  for (const minutes of [0, 1.5, 61, Number.NaN]) {
    expect(await saveIdleLockMinutes(db, minutes)).toEqual({ ok: false, error: { code: 'IDLE_LOCK_OUT_OF_RANGE', message: 'The till can lock after 1 to 60 whole minutes.' } });
  }
  expect(await readIdleLockMinutes(db)).toBe(5);
});
