import { db } from '../../app/services';
import { useTillSession } from '../../app/till-session-store';
import { LockScreen } from './lock-screen';
import { lockScreen, useScreenLock } from './screen-lock';
import { useIdleLockMinutes } from './use-idle-lock-minutes';
import { useIdleTimer } from './use-idle-timer';

/**
 * Locks the till over whatever is on screen after the idle period; the screen underneath (cart,
 * open dialogs, a tab) stays mounted, so unlocking returns to it exactly as it was.
 */
export function IdleLock() {
  const actor = useTillSession((s) => s.actor);
  const lock = useScreenLock();
  const minutes = useIdleLockMinutes();
  const locked = actor !== undefined && lock?.staffId === actor.id;

  useIdleTimer(actor !== undefined && !locked && minutes !== undefined, (minutes ?? 0) * 60_000, () => {
    if (actor) void lockScreen(db, actor.id);
  });

  return locked ? <LockScreen actor={actor} /> : null;
}
