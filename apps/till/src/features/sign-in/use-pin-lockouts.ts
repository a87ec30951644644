import { useEffect, useState } from 'react';
import { db } from '../../app/services';
import { getMeta } from '../../db/meta';
import { useLiveQuery } from '../../lib/use-live-query';
import { lockoutStatus, type LockoutStatus } from './pin-lockout';

/**
 * Each staff member's lockout on this till, live: it follows `meta` (also a lockout set in another
 * tab) and re-renders every second while anyone is locked, so countdowns run and end by themselves.
 */
export function usePinLockouts(): (staffId: string) => LockoutStatus {
  const lockouts = useLiveQuery(() => getMeta(db, 'pinLockouts'), []);
  const [, setTick] = useState(0);
  // Read at render: a lockout written a moment ago must count down from its own start.
  const now = new Date();
  const anyLocked = Object.values(lockouts ?? {}).some((entry) => lockoutStatus(entry, now).kind === 'locked');

  useEffect(() => {
    if (!anyLocked) return;
    const timer = window.setInterval(() => {
      setTick((t) => t + 1);
    }, 1000);
    return () => {
      window.clearInterval(timer);
    };
  }, [anyLocked]);

  return (staffId) => lockoutStatus(lockouts?.[staffId], now);
}
