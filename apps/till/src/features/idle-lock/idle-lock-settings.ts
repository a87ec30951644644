import { getMeta, idleLockMinutesSchema, setMeta } from '../../db/meta';
import type { TillDb } from '../../db/till-db';

/** How long this till waits without a touch, click or key before it locks, unless set otherwise. */
export const DEFAULT_IDLE_LOCK_MINUTES = 3;

/** The choices offered in the sync panel (the stored value may be any whole minute from 1 to 60). */
export const IDLE_LOCK_CHOICES = [1, 2, 3, 5, 10, 15, 30] as const;

export async function readIdleLockMinutes(db: TillDb): Promise<number> {
  return (await getMeta(db, 'idleLockMinutes')) ?? DEFAULT_IDLE_LOCK_MINUTES;
}

export type SaveIdleLock = { ok: true } | { ok: false; error: { code: 'IDLE_LOCK_OUT_OF_RANGE'; message: string } };

export async function saveIdleLockMinutes(db: TillDb, minutes: number): Promise<SaveIdleLock> {
  const parsed = idleLockMinutesSchema.safeParse(minutes);
  if (!parsed.success) return { ok: false, error: { code: 'IDLE_LOCK_OUT_OF_RANGE', message: 'The till can lock after 1 to 60 whole minutes.' } };
  await setMeta(db, 'idleLockMinutes', parsed.data);
  return { ok: true };
}

export function minutesLabel(minutes: number): string {
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}
