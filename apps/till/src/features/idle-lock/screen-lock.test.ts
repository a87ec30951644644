import { afterEach, expect, test } from 'vitest';
import { getMeta, setMeta } from '../../db/meta';
import type { TillDb } from '../../db/till-db';
import { cashier, pairedDb } from '../../test-support/fixtures';
import { endSession, startSession } from '../sign-in/staff-session';
import { loadScreenLock, lockScreen, screenLockStore, unlockScreen } from './screen-lock';

let db: TillDb | undefined;
afterEach(async () => {
  await db?.delete();
  screenLockStore.setState({ lock: undefined });
});

const lockedAt = new Date('2026-11-20T09:03:00.000Z');

test('a locked till is still locked after a reload, over the same session', async () => {
  db = await pairedDb();
  await lockScreen(db, cashier.id, lockedAt);
  screenLockStore.setState({ lock: undefined });
  db.close();
  await db.open();
  const expected = { staffId: cashier.id, lockedAt: lockedAt.toISOString() };
  expect(await loadScreenLock(db)).toEqual(expected);
  expect(screenLockStore.getState().lock).toEqual(expected);
});

test('unlocking clears the kept lock', async () => {
  db = await pairedDb();
  await lockScreen(db, cashier.id, lockedAt);
  await unlockScreen(db);
  expect(screenLockStore.getState().lock).toBeUndefined();
  expect(await getMeta(db, 'screenLock')).toBeUndefined();
  expect(await loadScreenLock(db)).toBeUndefined();
});

test('a kept lock of another session does not lock the session signed in now', async () => {
  db = await pairedDb();
  await setMeta(db, 'screenLock', { staffId: '0190a0e0-0000-7000-8000-00000000f009', lockedAt: lockedAt.toISOString() });
  expect(await loadScreenLock(db)).toBeUndefined();
  expect(screenLockStore.getState().lock).toBeUndefined();
});

test('signing out, or a fresh sign-in, ends the lock with the session', async () => {
  db = await pairedDb();
  await lockScreen(db, cashier.id, lockedAt);
  await endSession(db);
  expect(await loadScreenLock(db)).toBeUndefined();
  await startSession(db, cashier);
  expect(await loadScreenLock(db)).toBeUndefined();
});
