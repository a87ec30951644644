import type { Mutation, PushResponse } from '@tillsafe/sync';
import { setMeta } from '../db/meta';
import type { RejectionRow } from '../db/rows';
import type { TillDb } from '../db/till-db';

export interface PushApplied {
  /** How many outbox entries the server has now taken (whatever their outcome). */
  trimmed: number;
  rejected: RejectionRow[];
}

/**
 * Settles the outbox after a push, in ONE transaction: every mutation the server refused is
 * copied into `rejections` (reason and full payload) before the outbox loses everything up to the
 * server's `lastSeq`. Rejected is never lost; entries past `lastSeq` stay for the next push.
 */
export async function applyPushResponse(db: TillDb, sent: readonly Mutation[], response: PushResponse, now: Date = new Date()): Promise<PushApplied> {
  const sentBySeq = new Map(sent.map((m) => [m.seq, m]));
  return db.transaction('rw', [db.outbox, db.rejections, db.meta], async () => {
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
    await db.rejections.bulkPut(rejected);
    const trimmed = await db.outbox.where('seq').belowOrEqual(response.lastSeq).delete();
    await setMeta(db, 'lastSyncAt', now.toISOString());
    return { trimmed, rejected };
  });
}
