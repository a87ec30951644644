import { MAX_PUSH_BATCH, PROTOCOL_VERSION } from '@tillsafe/sync';
import type { Enrolment } from '../db/meta';
import type { TillDb } from '../db/till-db';
import type { SyncApi } from './api-client';
import { applyPushResponse } from './apply-push-response';

/** Mutations per push request: as many as the server takes, so a long offline backlog needs few round trips. */
export const PUSH_BATCH_SIZE = MAX_PUSH_BATCH;

export interface PushSummary {
  pushed: number;
  rejected: number;
  /** True when the server took nothing from a batch, so pushing again now would not help. */
  stalled: boolean;
}

/**
 * Pushes the outbox in seq order, batch after batch, until it is empty. Each answer is settled in
 * its own transaction (rejections kept, outbox trimmed to the server's lastSeq). Network and
 * server errors propagate with the outbox untouched.
 */
export async function pushOutbox(db: TillDb, api: SyncApi, enrolment: Enrolment): Promise<PushSummary> {
  const summary: PushSummary = { pushed: 0, rejected: 0, stalled: false };
  for (;;) {
    const batch = await db.outbox.orderBy('seq').limit(PUSH_BATCH_SIZE).toArray();
    if (batch.length === 0) return summary;
    const response = await api.push(enrolment.deviceToken, { protocolVersion: PROTOCOL_VERSION, deviceId: enrolment.deviceId, mutations: batch });
    const applied = await applyPushResponse(db, batch, response);
    summary.pushed += applied.trimmed;
    summary.rejected += applied.rejected.length;
    if (applied.trimmed === 0) return { ...summary, stalled: true };
  }
}
