import { and, between, eq } from 'drizzle-orm';
import type { Role } from '@tillsafe/domain';
import { hasWrites, PushRefused, runBatch, type LoggedRejection, type Mutation, type PushResponse } from '@tillsafe/sync';
import { auditMany } from '../auth/audit';
import { staffInChannel } from '../auth/channel-staff';
import type { DeviceIdentity } from '../auth/device-auth';
import type { Db } from '../db/database';
import { devices, mutationLog, mutationResolutions } from '../db/schema';
import { inTransaction } from '../db/tenant-scope';
import { ApiError } from '../errors';
import { bulkInsert } from './bulk-write';
import { recordChanges } from './change-log';
import { pgRecordStore } from './pg-record-store';
import { auditOfPush } from './push-audit';
import { currentChanges } from './pull';

/**
 * Applies a batch of one device's mutations exactly once, in ONE transaction (the request's).
 *
 * The device row is locked for the whole transaction, so two pushes from one till (a retry
 * racing the original, two browser tabs) are serialised. The sync package's `runBatch` decides
 * duplicates, gaps and each mutation's outcome; here its writes, the mutation log, `lastSeq` and
 * the pull change log are stored together: a crash leaves all of it or none of it.
 *
 * When a mutation is rejected, the answer also carries the current state of the records it may
 * have written (`corrections`), read after the batch's writes, for the till to undo its own
 * optimistic write; a resent one that was rejected the first time is answered from the log.
 */
export async function pushMutations(db: Db, device: DeviceIdentity, mutations: readonly Mutation[], protocolVersion: number): Promise<PushResponse> {
  try {
    return await inTransaction(db, async (tx) => {
      // Issued together (pipelined): the lock on the device row and the actors' roles in its channel.
      const [[row], roles] = await Promise.all([
        tx.select({ lastSeq: devices.lastSeq }).from(devices).where(eq(devices.id, device.deviceId)).for('update').prepare('lock-device').execute(),
        actorRoles(tx, device, mutations),
      ]);
      if (!row) throw new ApiError('UNAUTHORIZED', 'This device is not enrolled.');
      const store = pgRecordStore(tx, device.tenantId, device.channelId);
      const outcome = await runBatch(store, {
        device,
        lastSeq: row.lastSeq,
        mutations,
        roleOf: (actorId) => roles.get(actorId),
        now: () => new Date().toISOString(),
        earlierRejections: await earlierRejections(tx, device, mutations, row.lastSeq),
      });
      // The batch's records, its log and lastSeq are sent together; the change log follows on
      // its own, last, so the tenant row it locks is held only until the commit.
      await Promise.all([
        hasWrites(outcome.writes) ? store.save(outcome.writes) : undefined,
        bulkInsert(
          tx,
          mutationLog,
          outcome.processed.map(({ mutation, result }) => ({
            deviceId: device.deviceId,
            seq: mutation.seq,
            id: mutation.id,
            tenantId: device.tenantId,
            name: mutation.name,
            args: mutation.args ?? null,
            hlc: mutation.hlc,
            actorId: mutation.actorId,
            status: result.status,
            code: result.code ?? null,
            message: result.message ?? null,
          })),
        ),
        outcome.lastSeq === row.lastSeq ? undefined : tx.update(devices).set({ lastSeq: outcome.lastSeq }).where(eq(devices.id, device.deviceId)).prepare('set-last-seq').execute(),
        auditMany(tx, auditOfPush(device, outcome.processed, Date.now())),
      ]);
      await recordChanges(
        tx,
        device.tenantId,
        outcome.changed.map((c) => ({ ...c, op: 'put' as const })),
      );
      const response: PushResponse = { lastSeq: outcome.lastSeq, results: outcome.results };
      const corrections = outcome.corrections.length ? await currentChanges(tx, device, outcome.corrections, protocolVersion) : [];
      if (corrections.length) response.corrections = corrections;
      return response;
    });
  } catch (error) {
    if (error instanceof PushRefused) throw new ApiError(error.code, error.message, error.expectedSeq === undefined ? undefined : { expectedSeq: error.expectedSeq });
    throw error;
  }
}

/**
 * The rejections among a batch's mutations this device sent before (`seq ≤ lastSeq`), from the
 * mutation log, with whether a person has resolved them since. Only a resent batch asks.
 */
async function earlierRejections(tx: Db, device: DeviceIdentity, mutations: readonly Mutation[], lastSeq: number): Promise<Map<number, LoggedRejection>> {
  const first = mutations[0];
  if (!first || first.seq > lastSeq) return new Map();
  const last = Math.min(mutations.at(-1)!.seq, lastSeq);
  const rows = await tx
    .select({ seq: mutationLog.seq, code: mutationLog.code, message: mutationLog.message, resolved: mutationResolutions.seq })
    .from(mutationLog)
    .leftJoin(mutationResolutions, and(eq(mutationResolutions.deviceId, mutationLog.deviceId), eq(mutationResolutions.seq, mutationLog.seq)))
    .where(and(eq(mutationLog.deviceId, device.deviceId), between(mutationLog.seq, first.seq, last), eq(mutationLog.status, 'rejected')));
  return new Map(rows.map((r) => [r.seq, { code: r.code ?? 'REJECTED', message: r.message ?? 'The server refused this change.', resolved: r.resolved !== null }]));
}

/** Each actor's role in the device's channel; an actor with none there is unknown to this till. */
async function actorRoles(tx: Db, device: DeviceIdentity, mutations: readonly Mutation[]): Promise<Map<string, Role>> {
  const ids = [...new Set(mutations.map((m) => m.actorId))];
  const rows = await staffInChannel(tx, device.tenantId, device.channelId, ids);
  return new Map(rows.map((r) => [r.id, r.role]));
}
