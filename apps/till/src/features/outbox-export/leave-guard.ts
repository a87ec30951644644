import type { TillDb } from '../../db/till-db';

/**
 * May this till sign out or be reset right now? DESIGN §4: a till with unsynced mutations cannot
 * sign out or reset without an export of its outbox to a file.
 *
 * - Sign-out keeps every local row (the outbox still syncs once the connection is back), but the
 *   issue asks for it to be blocked too: with anything pending, the cashier must export first or
 *   stay signed in. Every sign-out with something pending makes a fresh file.
 * - Reset deletes the database, so it waits for the outbox AND the rejections to be empty, unless
 *   a file saved in this page session holds every one of them. A sale made after that export is
 *   not in the file, so it blocks the reset again.
 */
export interface Unsynced {
  /** Mutation ids still in the outbox. */
  pending: readonly string[];
  /** Mutation ids the server refused, still kept on this till. */
  rejected: readonly string[];
}

export type SignOutCheck = { kind: 'clear' } | { kind: 'export-first'; pending: number };

export type ResetCheck = { kind: 'clear' } | { kind: 'exported' } | { kind: 'export-first'; pending: number; rejected: number; notInFile: number };

export async function readUnsynced(db: TillDb): Promise<Unsynced> {
  return db.transaction('r', [db.outbox, db.rejections], async () => ({
    pending: (await db.outbox.orderBy('seq').toArray()).map((m) => m.id),
    rejected: (await db.rejections.orderBy('seq').toArray()).map((r) => r.mutation.id),
  }));
}

export function checkSignOut(unsynced: Pick<Unsynced, 'pending'>): SignOutCheck {
  return unsynced.pending.length === 0 ? { kind: 'clear' } : { kind: 'export-first', pending: unsynced.pending.length };
}

/** `exported`: the mutation ids held by the files saved in this session, if any. */
export function checkReset(unsynced: Unsynced, exported: ReadonlySet<string> | undefined): ResetCheck {
  const all = [...unsynced.pending, ...unsynced.rejected];
  if (all.length === 0) return { kind: 'clear' };
  const notInFile = all.filter((id) => !exported?.has(id)).length;
  if (notInFile === 0) return { kind: 'exported' };
  return { kind: 'export-first', pending: unsynced.pending.length, rejected: unsynced.rejected.length, notInFile };
}

/** "1 sale or change has" / "3 sales and changes have" not reached the server yet. */
export function unsyncedSentence(pending: number): string {
  return pending === 1 ? '1 sale or change has not reached the server yet.' : `${pending} sales and changes have not reached the server yet.`;
}
