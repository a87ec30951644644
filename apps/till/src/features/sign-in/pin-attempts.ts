import { getMeta, setMeta, type PinLockouts, type WrongPinAttempt } from '../../db/meta';
import type { StaffRow } from '../../db/rows';
import type { TillDb } from '../../db/till-db';
import { keepPinAudit } from './pin-audit';
import { afterWrongPin, lockoutStatus, type LockoutStatus } from './pin-lockout';
import { verifyPin } from './staff-session';

/**
 * A PIN typed at this till, checked offline and counted toward the lockout (pin-lockout.ts). The
 * count, the lockout and every wrong PIN are kept in `meta`, so a reload neither resets the count
 * nor lifts a lockout.
 */
export type PinCheck = { kind: 'ok' } | { kind: 'wrong'; triesLeft: number } | { kind: 'locked'; until: Date; remainingMs: number };

export type PinAttemptPlace = WrongPinAttempt['where'];

/**
 * Wrong PINs kept on this till until the back office can collect them; beyond this the oldest go,
 * so a till left to a guesser cannot fill its storage.
 */
export const MAX_KEPT_WRONG_PINS = 500;

export async function readLockout(db: TillDb, staffId: string, now: Date): Promise<LockoutStatus> {
  const lockouts = await getMeta(db, 'pinLockouts');
  return lockoutStatus(lockouts?.[staffId], now);
}

export async function checkPin(
  db: TillDb,
  staff: Pick<StaffRow, 'id' | 'pinSalt' | 'pinHash'>,
  pin: string,
  where: PinAttemptPlace,
  now: () => Date = () => new Date(),
): Promise<PinCheck> {
  const before = await readLockout(db, staff.id, now());
  // A locked-out member's PIN is not even checked: the lockout must not be a way to test PINs.
  if (before.kind === 'locked') return before;
  // PBKDF2 runs outside the transaction: IndexedDB commits a transaction that waits on other work.
  const right = await verifyPin(staff, pin);
  return db.transaction('rw', db.meta, async () => {
    const at = now();
    const lockouts: PinLockouts = { ...(await getMeta(db, 'pinLockouts')) };
    const status = lockoutStatus(lockouts[staff.id], at);
    // Another tab may have locked the member meanwhile; its lockout stands.
    if (status.kind === 'locked') return status;
    if (right) {
      if (staff.id in lockouts) await setMeta(db, 'pinLockouts', Object.fromEntries(Object.entries(lockouts).filter(([id]) => id !== staff.id)));
      // A sign-in or an unlock is audited; an approval is, with the change it approves.
      if (where !== 'manager-approval') await keepPinAudit(db, { kind: 'till.sign_in', staffId: staff.id, where, at: at.toISOString() });
      return { kind: 'ok' } as const;
    }
    const entry = afterWrongPin(lockouts[staff.id], at);
    lockouts[staff.id] = entry;
    await setMeta(db, 'pinLockouts', lockouts);
    const attempt = { staffId: staff.id, at: at.toISOString(), where, ...(entry.lockedUntil === undefined ? {} : { lockedUntil: entry.lockedUntil }) };
    await recordWrongPin(db, attempt);
    await keepPinAudit(db, { kind: 'till.sign_in_failed', ...attempt });
    const after = lockoutStatus(entry, at);
    return after.kind === 'locked' ? after : { kind: 'wrong', triesLeft: after.triesLeft };
  });
}

async function recordWrongPin(db: TillDb, attempt: WrongPinAttempt): Promise<void> {
  const kept = (await getMeta(db, 'wrongPinAttempts')) ?? [];
  await setMeta(db, 'wrongPinAttempts', [...kept, attempt].slice(-MAX_KEPT_WRONG_PINS));
}
