import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { deleteMeta, getMetas, setMeta, type ScreenLock } from '../../db/meta';
import type { TillDb } from '../../db/till-db';

/**
 * Whether the till has locked itself over the signed-in session. Held in memory for the screen and
 * in `meta` so that a reload does not unlock it; a lock belongs to one session (startSession and
 * endSession clear it).
 */
export const screenLockStore = createStore<{ lock: ScreenLock | undefined }>(() => ({ lock: undefined }));

export function useScreenLock(): ScreenLock | undefined {
  return useStore(screenLockStore, (s) => s.lock);
}

export async function lockScreen(db: TillDb, staffId: string, now: Date = new Date()): Promise<void> {
  const lock = { staffId, lockedAt: now.toISOString() };
  screenLockStore.setState({ lock });
  await setMeta(db, 'screenLock', lock);
}

export async function unlockScreen(db: TillDb): Promise<void> {
  screenLockStore.setState({ lock: undefined });
  await deleteMeta(db, 'screenLock');
}

/** The lock kept from before a reload, if it covers the session still signed in. */
export async function loadScreenLock(db: TillDb): Promise<ScreenLock | undefined> {
  const [lock, session] = await getMetas(db, ['screenLock', 'session'] as const);
  const current = lock && session?.staffId === lock.staffId ? lock : undefined;
  screenLockStore.setState({ lock: current });
  return current;
}

let loading: Promise<unknown> | undefined;

/** Loads the kept lock once per page, before the first screen shows (router root). */
export function loadScreenLockOnce(db: TillDb): Promise<unknown> {
  loading ??= loadScreenLock(db).catch(() => undefined);
  return loading;
}
