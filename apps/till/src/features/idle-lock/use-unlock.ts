import { db, syncEngine } from '../../app/services';
import type { StaffRow } from '../../db/rows';
import { checkPin } from '../sign-in/pin-attempts';
import { flushPinAudit } from '../sign-in/pin-audit';
import { wrongPinSentence } from '../sign-in/pin-lockout';
import { usePinEntry } from '../sign-in/use-pin-entry';
import { unlockScreen } from './screen-lock';

/** The signed-in person's PIN on the lock screen; wrong ones count toward the same lockout. */
export function useUnlock(actor: StaffRow) {
  const entry = usePinEntry();

  async function unlock() {
    await entry.attempt(async () => {
      // The synced row, not the one held since sign-in: a PIN changed in the back office applies.
      const staff = await db.staff.get(actor.id);
      if (!staff) {
        entry.settle(`${actor.name} is no longer on this till’s staff list. Switch user to carry on.`);
        return;
      }
      const result = await checkPin(db, staff, entry.pin, 'lock-screen');
      entry.settle(result.kind === 'wrong' ? wrongPinSentence(result.triesLeft) : undefined);
      if (result.kind !== 'ok') return;
      await unlockScreen(db);
      await flushPinAudit(db, () => {
        syncEngine.requestPush();
      });
    });
  }

  return { entry, unlock: () => void unlock() };
}
