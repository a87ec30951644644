import { uuidv7, type TillAuditEntry } from '@tillsafe/sync';
import { deleteMeta, getMeta, setMeta } from '../../db/meta';
import type { TillDb } from '../../db/till-db';
import { commitMutation, commitTables } from '../../sync-client/commit-mutation';

/**
 * The PIN pad's audit trail (issue 4, item 8): sign-ins, unlocks and wrong PINs happen offline,
 * often with nobody signed in, so they wait in `meta.pinAudit` (capped, oldest dropped) and go to
 * the server as one `audit.record` mutation once someone is signed in — pushed like any change.
 */
export const MAX_PENDING_PIN_AUDIT = 500;

export type PinAuditEvent = Omit<TillAuditEntry, 'entryId'>;

/** Keeps one event; call inside the transaction that decided it (it writes `meta` only). */
export async function keepPinAudit(db: TillDb, event: PinAuditEvent): Promise<void> {
  const pending = (await getMeta(db, 'pinAudit')) ?? [];
  await setMeta(db, 'pinAudit', [...pending, { entryId: uuidv7(), ...event }].slice(-MAX_PENDING_PIN_AUDIT));
}

/**
 * Sends what is kept, as the signed-in person, in one transaction with clearing it: a crash
 * leaves either both or neither. Resolves true when something was committed (push it).
 */
export async function sendPinAudit(db: TillDb, commit = commitMutation): Promise<boolean> {
  return db.transaction('rw', commitTables(db), async () => {
    const [pending, session] = await Promise.all([getMeta(db, 'pinAudit'), getMeta(db, 'session')]);
    if (!pending?.length || !session) return false;
    await commit(db, 'audit.record', { entries: pending });
    await deleteMeta(db, 'pinAudit');
    return true;
  });
}

/**
 * After a right PIN: sends what is kept and pushes it. A failure leaves it kept for the next
 * sign-in; the person signing in is never held up by the audit.
 */
export function flushPinAudit(db: TillDb, requestPush: () => void): void {
  sendPinAudit(db).then(
    (sent) => {
      if (sent) requestPush();
    },
    () => undefined,
  );
}
