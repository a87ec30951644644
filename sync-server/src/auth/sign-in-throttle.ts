import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/database';
import { signInThrottle } from '../db/identity-schema';
import { ApiError } from '../errors';

/**
 * Sign-in rate limiting, per account and per client address, kept in the database so every
 * replica counts the same failures. A key that fails `limit` times within the window is locked
 * for the lock time; a successful sign-in clears the account's count (not the address's).
 */
export const THROTTLE = {
  windowMs: 15 * 60 * 1000,
  lockMs: 15 * 60 * 1000,
  accountLimit: 5,
  addressLimit: 30,
} as const;

export interface ThrottleKeys {
  account: string;
  address: string;
}

export function throttleKeys(email: string, address: string): ThrottleKeys {
  return { account: `account:${email}`, address: `ip:${address}` };
}

/** Throws SIGN_IN_LOCKED, with the minutes left, while either key is locked. */
export async function assertNotLocked(db: Db, keys: ThrottleKeys, nowMs: number): Promise<void> {
  const rows = await db
    .select()
    .from(signInThrottle)
    .where(inArray(signInThrottle.key, [keys.account, keys.address]));
  for (const row of rows) {
    const until = row.lockedUntil?.getTime() ?? 0;
    if (until > nowMs) {
      const minutes = Math.ceil((until - nowMs) / 60_000);
      const who = row.key === keys.account ? 'this account' : 'this network address';
      throw new ApiError('SIGN_IN_LOCKED', `Too many failed sign-ins for ${who}. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, {
        retryAfterSeconds: Math.ceil((until - nowMs) / 1000),
      });
    }
  }
}

/** Counts a failure against both keys, locking a key that reaches its limit. */
export async function recordFailure(db: Db, keys: ThrottleKeys, nowMs: number): Promise<void> {
  await db.transaction(async (tx) => {
    for (const [key, limit] of [
      [keys.account, THROTTLE.accountLimit],
      [keys.address, THROTTLE.addressLimit],
    ] as const) {
      await tx.insert(signInThrottle).values({ key, failures: 0, windowStartedAt: new Date(nowMs) }).onConflictDoNothing();
      const [row] = await tx.select().from(signInThrottle).where(eq(signInThrottle.key, key)).for('update');
      if (!row) continue;
      const fresh = nowMs - row.windowStartedAt.getTime() > THROTTLE.windowMs || (row.lockedUntil !== null && row.lockedUntil.getTime() <= nowMs);
      const failures = fresh ? 1 : row.failures + 1;
      await tx
        .update(signInThrottle)
        .set({
          failures,
          windowStartedAt: fresh ? new Date(nowMs) : row.windowStartedAt,
          lockedUntil: failures >= limit ? new Date(nowMs + THROTTLE.lockMs) : fresh ? null : row.lockedUntil,
        })
        .where(eq(signInThrottle.key, key));
    }
  });
}

export async function clearAccount(db: Db, keys: ThrottleKeys): Promise<void> {
  await db.delete(signInThrottle).where(eq(signInThrottle.key, keys.account));
}
