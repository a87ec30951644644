import { db } from '../../app/services';
import { useLiveQuery } from '../../lib/use-live-query';
import { readIdleLockMinutes } from './idle-lock-settings';

/** This till's idle period in minutes, live (undefined while it is read). */
export function useIdleLockMinutes(): number | undefined {
  return useLiveQuery(() => readIdleLockMinutes(db), []);
}
