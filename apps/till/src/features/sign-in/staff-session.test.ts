import { afterEach, expect, test } from 'vitest';
import { hashPin } from '@tillsafe/domain';
import { getMeta, setMeta } from '../../db/meta';
import type { TillDb } from '../../db/till-db';
import { cashier, freshDb } from '../../test-support/fixtures';
import { endSession, startSession, verifyPin } from './staff-session';

let db: TillDb | undefined;
afterEach(async () => {
  await db?.delete();
});

test('the right PIN signs in offline against the synced hash; a wrong one does not', async () => {
  const staff = { ...cashier, pinHash: await hashPin('1234', cashier.pinSalt) };
  expect(await verifyPin(staff, '1234')).toBe(true);
  expect(await verifyPin(staff, '4321')).toBe(false);
  expect(await verifyPin(staff, '')).toBe(false);
});

test('the signed-in staff member survives in meta until sign-out', async () => {
  db = freshDb();
  await startSession(db, cashier, new Date('2026-11-20T09:00:00.000Z'));
  expect(await getMeta(db, 'session')).toEqual({ staffId: cashier.id, signedInAt: '2026-11-20T09:00:00.000Z' });
  await endSession(db);
  expect(await getMeta(db, 'session')).toBeUndefined();
});

test('a screen lock ends with the session it covered', async () => {
  db = freshDb();
  await startSession(db, cashier, new Date('2026-11-20T09:00:00.000Z'));
  await setMeta(db, 'screenLock', { staffId: cashier.id, lockedAt: '2026-11-20T09:03:00.000Z' });
  await endSession(db);
  expect(await getMeta(db, 'screenLock')).toBeUndefined();
  await setMeta(db, 'screenLock', { staffId: cashier.id, lockedAt: '2026-11-20T09:03:00.000Z' });
  await startSession(db, cashier, new Date('2026-11-20T09:05:00.000Z'));
  expect(await getMeta(db, 'screenLock')).toBeUndefined();
});
