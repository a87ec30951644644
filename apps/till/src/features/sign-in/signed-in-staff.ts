import { liveQuery } from 'dexie';
import { getMeta } from '../../db/meta';
import type { StaffRow } from '../../db/rows';
import type { TillDb } from '../../db/till-db';
import { endSession } from './staff-session';

/** What a pull did to the person signed in at the till. */
export type SignedInChange = { kind: 'updated'; actor: StaffRow } | { kind: 'removed'; staffId: string };

/**
 * Watches the row of whoever is signed in, as pulls change it:
 * - a changed row (a new role, a new name) is handed on as `updated`, so what the till lets them
 *   do follows their role at once instead of at the next sign-in;
 * - a row a pull deleted (they have no role at this store any more, or left the organisation)
 *   ends their session and is handed on as `removed`. Nothing is lost: their stored sales stay in
 *   the outbox, which keeps syncing under the till's own token, and the cart is left for whoever
 *   signs in next.
 * Returns the function that stops watching.
 */
export function watchSignedInStaff(db: TillDb, onChange: (change: SignedInChange) => void): () => void {
  const subscription = liveQuery(async () => {
    const session = await getMeta(db, 'session');
    if (!session) return undefined;
    return { staffId: session.staffId, row: await db.staff.get(session.staffId) };
  }).subscribe({
    next: (signedIn) => {
      if (!signedIn) return;
      if (signedIn.row) {
        onChange({ kind: 'updated', actor: signedIn.row });
        return;
      }
      void endRemovedSession(db, signedIn.staffId).then((ended) => {
        if (ended) onChange({ kind: 'removed', staffId: signedIn.staffId });
      });
    },
    // A failed read leaves the session as it is; the next change reads again.
    error: () => undefined,
  });
  return () => {
    subscription.unsubscribe();
  };
}

/** Ends the session if it is still `staffId`'s and their row is still gone; whether it did. */
async function endRemovedSession(db: TillDb, staffId: string): Promise<boolean> {
  return db.transaction('rw', db.meta, db.staff, async () => {
    const [session, row] = await Promise.all([getMeta(db, 'session'), db.staff.get(staffId)]);
    if (session?.staffId !== staffId || row) return false;
    await endSession(db);
    return true;
  });
}

/** The sign-in screen's notice for someone a pull removed from this store while signed in. */
export function removedNotice(name: string | undefined): string {
  const who = name ?? 'The person signed in';
  return `${who} no longer has a role at this store, so the till signed them out. Their sales are kept and keep syncing; the cart is as they left it.`;
}
