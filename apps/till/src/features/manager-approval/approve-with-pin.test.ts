import { afterEach, beforeAll, expect, test } from 'vitest';
import { hashPin } from '@tillsafe/domain';
import { getMeta } from '../../db/meta';
import type { StaffRow } from '../../db/rows';
import type { TillDb } from '../../db/till-db';
import { cashier, freshDb } from '../../test-support/fixtures';
import { PIN_LOCKOUT_MS } from '../sign-in/pin-lockout';
import { approveWithPin } from './approve-with-pin';

let db: TillDb | undefined;
afterEach(async () => {
  await db?.delete();
});

let rosa: StaffRow;
let casey: StaffRow;
beforeAll(async () => {
  rosa = { ...cashier, id: '0190a0e0-0000-7000-8000-00000000f010', name: 'Rosa Manager', role: 'manager', pinHash: await hashPin('2468', cashier.pinSalt) };
  casey = { ...cashier, pinHash: await hashPin('1234', cashier.pinSalt) };
});

const at = () => new Date('2026-11-20T09:00:00.000Z');

test("the manager's right PIN approves, offline, against the synced hash", async () => {
  db = freshDb();
  await db.staff.bulkPut([rosa, casey]);
  expect(await approveWithPin(db, rosa.id, '2468', 'discount.over_limit', at)).toEqual({ kind: 'ok' });
});

test('wrong PINs count toward the same lockout as sign-in, and are kept as typed for an approval', async () => {
  db = freshDb();
  await db.staff.bulkPut([rosa, casey]);
  const results = [];
  for (let i = 0; i < 5; i++) results.push(await approveWithPin(db, rosa.id, '0000', 'discount.over_limit', at));
  expect(results[0]).toEqual({ kind: 'wrong', triesLeft: 4 });
  expect(results[4]).toMatchObject({ kind: 'locked', remainingMs: PIN_LOCKOUT_MS });
  // Locked: even the right PIN is refused, at approval as at sign-in.
  expect(await approveWithPin(db, rosa.id, '2468', 'discount.over_limit', at)).toMatchObject({ kind: 'locked' });
  const kept = await getMeta(db, 'wrongPinAttempts');
  expect(kept?.map((a) => [a.staffId, a.where])).toEqual(Array.from({ length: 5 }, () => [rosa.id, 'manager-approval']));
});

test("someone whose role does not hold the capability is refused, whatever the PIN", async () => {
  db = freshDb();
  await db.staff.bulkPut([rosa, casey]);
  expect(await approveWithPin(db, casey.id, '1234', 'discount.over_limit', at)).toEqual({ kind: 'not-allowed', message: 'Casey Morgan may not approve this.' });
  expect(await approveWithPin(db, '0190a0e0-0000-7000-8000-000000000bad', '1234', 'discount.over_limit', at)).toMatchObject({ kind: 'not-allowed' });
  expect(await getMeta(db, 'wrongPinAttempts')).toBeUndefined();
});
