import { MAX_PUSH_BATCH, PROTOCOL_VERSION } from '@tillsafe/sync';
import { getMeta, type Enrolment } from '../db/meta';
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
  /** A rejection's corrections moved the pull cursor back (apply-push-response.ts): pull now. */
  pullAgain: boolean;
}

export interface PushOptions {
  /**
   * Runs a task holding the pull lock. An answer with corrections is settled under it, so no
   * pull stores a page while the corrections and the cursor are written.
   */
  withPullLock?: <T>(task: () => Promise<T>) => Promise<T>;
}

/**
 * Pushes the outbox in seq order, batch after batch, until it is empty. Each answer is settled in
 * its own transaction (rejections kept and undone, outbox trimmed to the server's lastSeq).
 * Network and server errors propagate with the outbox untouched.
 */
export async function pushOutbox(db: TillDb, api: SyncApi, enrolment: Enrolment, options: PushOptions = {}): Promise<PushSummary> {
  const summary: PushSummary = { pushed: 0, rejected: 0, stalled: false, pullAgain: false };
  const withPullLock = options.withPullLock ?? ((task) => task());
  for (;;) {
    // The cursor is read before the batch goes out: whatever the server answers is newer.
    const [batch, pullCursor] = await Promise.all([db.outbox.orderBy('seq').limit(PUSH_BATCH_SIZE).toArray(), getMeta(db, 'pullCursor')]);
    if (batch.length === 0) return summary;
    const response = await api.push(enrolment.deviceToken, { protocolVersion: PROTOCOL_VERSION, deviceId: enrolment.deviceId, mutations: batch });
    const settle = () => applyPushResponse(db, { mutations: batch, pullCursor }, response);
    const applied = await (response.corrections?.length ? withPullLock(settle) : settle());
    summary.pushed += applied.trimmed;
    summary.rejected += applied.rejected.length;
    summary.pullAgain ||= applied.rewound;
    if (applied.trimmed === 0) return { ...summary, stalled: true };
  }
}
