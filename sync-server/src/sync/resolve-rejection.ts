import { and, asc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { can } from '@tillsafe/domain';
import { replayMutation, type Mutation } from '@tillsafe/sync';
import type { DeviceIdentity } from '../auth/device-auth';
import type { Db } from '../db/database';
import { staffInChannel } from '../auth/channel-staff';
import { mutationLog, mutationResolutions } from '../db/schema';
import { ApiError } from '../errors';
import { recordChanges } from './change-log';
import { pgRecordStore } from './pg-record-store';

export const resolveRequestSchema = z.object({
  seq: z.int().min(1),
  action: z.enum(['replay', 'dismiss']),
  /** The person resolving it; a replay runs with their permissions (a manager's approval). */
  actorId: z.uuid(),
  /** Corrected args for a replay; the logged args when absent. */
  args: z.unknown().optional(),
});
export type ResolveRequest = z.infer<typeof resolveRequestSchema>;

/** This till's rejected mutations that nobody has resolved yet, oldest first. */
export async function listRejections(db: Db, device: DeviceIdentity) {
  const rows = await db
    .select({ log: mutationLog })
    .from(mutationLog)
    .leftJoin(mutationResolutions, and(eq(mutationResolutions.deviceId, mutationLog.deviceId), eq(mutationResolutions.seq, mutationLog.seq)))
    .where(and(eq(mutationLog.deviceId, device.deviceId), eq(mutationLog.status, 'rejected'), isNull(mutationResolutions.seq)))
    .orderBy(asc(mutationLog.seq));
  return rows.map(({ log }) => ({
    seq: log.seq,
    id: log.id,
    name: log.name,
    args: log.args,
    actorId: log.actorId,
    code: log.code,
    message: log.message,
    receivedAt: log.receivedAt.toISOString(),
  }));
}

/**
 * Resolves one rejected mutation, once: `replay` runs it again (with corrected args, under the
 * resolving person's permissions) and stores its effects — refused again, it stays open;
 * `dismiss` (a manager's call) records that it will not be applied. The log entry itself is never changed: the log is append-only.
 */
export async function resolveRejection(db: Db, device: DeviceIdentity, request: ResolveRequest) {
  return db.transaction(async (tx) => {
    const [log] = await tx
      .select()
      .from(mutationLog)
      .where(and(eq(mutationLog.deviceId, device.deviceId), eq(mutationLog.seq, request.seq)))
      .for('update');
    if (!log) throw new ApiError('REJECTION_NOT_FOUND', `This till has no mutation ${request.seq} on the server.`);
    if (log.status !== 'rejected') throw new ApiError('NOT_REJECTED', `Mutation ${request.seq} was ${log.status}, not rejected; there is nothing to resolve.`);
    const [done] = await tx
      .select()
      .from(mutationResolutions)
      .where(and(eq(mutationResolutions.deviceId, device.deviceId), eq(mutationResolutions.seq, request.seq)));
    if (done) throw new ApiError('ALREADY_RESOLVED', `Mutation ${request.seq} was already ${done.action === 'replay' ? 'replayed' : 'dismissed'}.`);
    // With their role in this till's channel, like every actor of its mutations.
    const [actor] = await staffInChannel(tx, device.tenantId, device.channelId, [request.actorId]);
    if (!actor) throw new ApiError('FORBIDDEN', 'Only staff with a role in this store can resolve its rejected changes.');

    let outcome: { status: 'applied' | 'merged' | 'duplicate' | 'rejected' | 'dismissed'; code?: string | undefined; message?: string | undefined };
    if (request.action === 'dismiss') {
      if (!can(actor.role, 'shift.reconcile')) throw new ApiError('FORBIDDEN', 'Only a manager can dismiss a rejected change.');
      outcome = { status: 'dismissed' };
    } else {
      const mutation: Mutation = { id: log.id, seq: log.seq, name: log.name, args: request.args ?? log.args, hlc: log.hlc, actorId: actor.id };
      const { result, writes } = await replayMutation(pgRecordStore(tx, device.tenantId, device.channelId), mutation, {
        side: 'server',
        deviceId: device.deviceId,
        channelId: device.channelId,
        warehouseId: device.warehouseId,
        actorId: actor.id,
        actorRole: actor.role,
        seq: log.seq,
        hlc: log.hlc,
        base: undefined,
        now: new Date().toISOString(),
      });
      await recordChanges(
        tx,
        device.tenantId,
        writes.records.map((w) => ({ entity: w.entity, id: w.id, op: 'put' as const })),
      );
      outcome = result;
      // Refused again (still invalid, or the person may not approve it): it stays open.
      if (result.status === 'rejected') return { seq: log.seq, action: request.action, status: result.status, code: result.code, message: result.message };
    }
    await tx.insert(mutationResolutions).values({
      deviceId: device.deviceId,
      seq: log.seq,
      tenantId: device.tenantId,
      action: request.action,
      actorId: actor.id,
      args: request.action === 'replay' && request.args !== undefined ? request.args : null,
      status: outcome.status,
      code: outcome.code ?? null,
      message: outcome.message ?? null,
    });
    return { seq: log.seq, action: request.action, status: outcome.status, code: outcome.code, message: outcome.message };
  });
}
