import { hashPin, PIN_PATTERN } from '@tillsafe/domain';
import { deleteMeta, setMeta } from '../../db/meta';
import type { StaffRow } from '../../db/rows';
import type { TillDb } from '../../db/till-db';

/** Checks a PIN offline against the salted hash the server synced to the till. */
export async function verifyPin(staff: Pick<StaffRow, 'pinSalt' | 'pinHash'>, pin: string): Promise<boolean> {
  if (!PIN_PATTERN.test(pin)) return false;
  return (await hashPin(pin, staff.pinSalt)) === staff.pinHash;
}

/** A new session starts unlocked: a screen lock belongs to the session it covered. */
export async function startSession(db: TillDb, staff: StaffRow, now: Date = new Date()): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    await setMeta(db, 'session', { staffId: staff.id, signedInAt: now.toISOString() });
    await deleteMeta(db, 'screenLock');
  });
}

export async function endSession(db: TillDb): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    await deleteMeta(db, 'session');
    await deleteMeta(db, 'screenLock');
  });
}
