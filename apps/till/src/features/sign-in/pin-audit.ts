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
 * After a right PIN, and when the till comes back online: sends what is kept and pushes it. Only
 * online: offline, an audit entry in the outbox would count as an unsynced change and stop a
 * sign-out (outbox-export/leave-guard.ts); in `meta` it waits without getting in the way. A
 * failure leaves it kept for next time; nobody signing in is held up by the audit.
 */
export async function flushPinAudit(db: TillDb, requestPush: () => void, online: () => boolean = () => navigator.onLine): Promise<void> {
  if (!online()) return;
  try {
    if (await sendPinAudit(db)) requestPush();
  } catch {
    // Still kept in meta: the next sign-in or reconnection sends it.
  }
}

/** Sends what the PIN pad kept whenever the till comes back online (and once now). */
export function watchPinAudit(db: TillDb, requestPush: () => void): void {
  const flush = () => {
    void flushPinAudit(db, requestPush);
  };
  window.addEventListener('online', flush);
  flush();
}
