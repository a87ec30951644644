import { ledgerRefOf, type Mutation, type PushResponse } from '@tillsafe/sync';
import { deleteMeta, getMeta, setMeta } from '../db/meta';
import type { RejectionRow } from '../db/rows';
import type { TillDb } from '../db/till-db';
import { prepareChanges, storeChanges } from './apply-pull-page';
import { commitTables } from './commit-mutation';

/** A push as it was sent: its mutations (the head of the outbox) and the pull cursor held then. */
export interface SentBatch {
  mutations: readonly Mutation[];
  pullCursor: string | undefined;
}

export interface PushApplied {
  /** How many outbox entries the server has now taken (whatever their outcome). */
  trimmed: number;
  rejected: RejectionRow[];
  /** Records the answer's corrections put back as the server holds them (or deleted). */
  corrected: number;
  /** The pull cursor was moved back to where it stood when the batch was sent: pull again. */
  rewound: boolean;
}

/**
 * Settles the outbox after a push, in ONE transaction: every mutation the server refused is
 * copied into `rejections` (reason and full payload) before the outbox loses what this answer
 * took — up to the server's `lastSeq`, and no further than the batch sent, so a mutation is only
 * ever dropped with its own answer. Rejected is never lost; entries past that stay for the next
 * push.
 *
 * A refused mutation's optimistic write is then undone: its stock ledger entries go (the till
 * never pulls the ledger), and the answer's corrections — the server's state of the records it
 * may have written — are stored like a pull page, with a rebase of what is still pending on top.
 * They are the server's state after the batch, newer than anything pulled up to the cursor held
 * when it was sent; a pull since then may have stored newer records still, so the cursor goes
 * back there and the next pull brings those again. Call it holding the pull lock when the answer
 * has corrections, so no pull stores a page meanwhile.
 */
export async function applyPushResponse(db: TillDb, sent: SentBatch, response: PushResponse, now: Date = new Date()): Promise<PushApplied> {
  const sentBySeq = new Map(sent.mutations.map((m) => [m.seq, m]));
  const lastSent = sent.mutations.at(-1)?.seq ?? 0;
  const refused = response.results.some((r) => r.status === 'rejected');
  const corrections = response.corrections?.length ? prepareChanges(db, response.corrections) : undefined;
  const tables = refused || corrections ? [...commitTables(db), db.rejections] : [db.outbox, db.rejections, db.meta];
  return db.transaction('rw', tables, async () => {
    const rejected: RejectionRow[] = [];
    for (const result of response.results) {
      if (result.status !== 'rejected' || result.seq > response.lastSeq) continue;
      const mutation = (await db.outbox.get(result.seq)) ?? sentBySeq.get(result.seq);
      if (!mutation) continue;
      rejected.push({
        id: mutation.id,
        seq: mutation.seq,
        code: result.code ?? 'REJECTED',
        message: result.message ?? 'The server refused this change.',
        mutation,
        rejectedAt: now.toISOString(),
      });
    }
    const ledgerRefs = rejected.map((r) => ledgerRefOf(r.mutation)).filter((ref) => ref !== undefined);
    const [trimmed] = await Promise.all([
      db.outbox.where('seq').belowOrEqual(Math.min(response.lastSeq, lastSent)).delete(),
      db.rejections.bulkPut(rejected),
      ledgerRefs.length ? db.stockMovements.where('refId').anyOf(ledgerRefs).delete() : undefined,
      setMeta(db, 'lastSyncAt', now.toISOString()),
    ]);
    if (!corrections) return { trimmed, rejected, corrected: 0, rewound: false };
    const cursor = await getMeta(db, 'pullCursor');
    const rewound = cursor !== sent.pullCursor;
    const rewind = !rewound ? [] : [sent.pullCursor === undefined ? deleteMeta(db, 'pullCursor') : setMeta(db, 'pullCursor', sent.pullCursor)];
    await storeChanges(db, corrections, () => now.getTime(), rewind);
    return { trimmed, rejected, corrected: corrections.changes.length, rewound };
  });
}
