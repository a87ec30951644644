import type { DrawerAuditEntry, DrawerAuditLog } from '@tillsafe/hardware';
import type { TillDb } from '../../db/till-db';
import { commitMutation } from '../../sync-client/commit-mutation';

/**
 * The drawer's audit port over the sync protocol: a granted "no sale" becomes a `cash.event`
 * mutation of kind no_sale, committed like a sale (applied locally, then pushed; the server
 * re-checks drawer.open.nosale). A cash-tender opening needs no entry of its own: the sale is
 * the record, and its print job says whether the pulse went out. A refused request never reaches
 * the mutation (the mutator would refuse it too); the till shows the refusal instead.
 *
 * A commit that fails (for example UNKNOWN_MUTATOR on a till whose sync rules predate cash.event)
 * is reported as not recorded, with its code: never as success.
 */
export type AuditOutcome =
  | { status: 'recorded'; eventId: string }
  | { status: 'not-recorded'; code: string; message: string }
  | { status: 'not-needed' };

export type Commit = (db: TillDb, name: string, args: unknown) => Promise<unknown>;

export interface CashEventArgs {
  eventId: string;
  kind: 'no_sale';
  amount: 0;
  note: string;
  /** The manager whose PIN approved it; null when the actor holds drawer.open.nosale. */
  approverId: string | null;
}

export function cashEventArgs(entry: DrawerAuditEntry, note: string): CashEventArgs {
  return { eventId: entry.id, kind: 'no_sale', amount: 0, note: note.trim().slice(0, 200), approverId: entry.approvedBy };
}

function codeOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return 'ERROR';
}

export function cashEventAuditLog(db: TillDb, note: string, onOutcome: (outcome: AuditOutcome) => void, commit: Commit = commitMutation): DrawerAuditLog {
  return {
    record(entry) {
      if (entry.reason !== 'no-sale' || entry.outcome !== 'granted') {
        onOutcome({ status: 'not-needed' });
        return;
      }
      const args = cashEventArgs(entry, note);
      commit(db, 'cash.event', args).then(
        () => {
          onOutcome({ status: 'recorded', eventId: args.eventId });
        },
        (error: unknown) => {
          onOutcome({ status: 'not-recorded', code: codeOf(error), message: error instanceof Error ? error.message : String(error) });
        },
      );
    },
  };
}
