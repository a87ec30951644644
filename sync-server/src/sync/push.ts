import { and, eq, inArray } from 'drizzle-orm';
import { MutationRejected, runMutation, type Mutation, type MutationResult, type PushResponse } from '@tillsafe/sync';
import type { DeviceIdentity } from '../auth/device-auth';
import type { Role } from '@tillsafe/domain';
import type { Db } from '../db/database';
import { devices, mutationLog, staff } from '../db/schema';
import { ApiError } from '../errors';
import { serverTx } from './server-tx';

/**
 * Applies a batch of one device's mutations exactly once.
 *
 * The device row is locked for the whole transaction, so two pushes from one till (a retry
 * racing the original, two browser tabs) are serialised. `seq ≤ lastSeq` was applied before and
 * answers `duplicate`; the next seq is applied; a hole answers 409 SEQ_GAP. Each mutation runs in
 * a savepoint, so a rejected one leaves no half-written effects, yet is still logged and counted
 * — the good mutations of a batch are never lost because of a bad one. `lastSeq` is written in
 * the same transaction as the effects: a crash leaves either all of it or none of it.
 */
export async function pushMutations(db: Db, device: DeviceIdentity, mutations: readonly Mutation[]): Promise<PushResponse> {
  for (let i = 1; i < mutations.length; i++) {
    if (mutations[i]!.seq !== mutations[0]!.seq + i) {
      throw new ApiError('NON_CONTIGUOUS_BATCH', 'The mutations of a batch must have contiguous, increasing seq numbers.');
    }
  }
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ lastSeq: devices.lastSeq })
      .from(devices)
      .where(eq(devices.id, device.deviceId))
      .for('update');
    if (!row) throw new ApiError('UNAUTHORIZED', 'This device is not enrolled.');
    let lastSeq = row.lastSeq;
    const first = mutations[0];
    if (first && first.seq > lastSeq + 1) {
      throw new ApiError('SEQ_GAP', `Expected seq ${lastSeq + 1} but the batch starts at ${first.seq}.`, { expectedSeq: lastSeq + 1 });
    }
    const results: MutationResult[] = [];
    const roles = await actorRoles(tx, device.tenantId, mutations);
    for (const mutation of mutations) {
      if (mutation.seq <= lastSeq) {
        results.push({ id: mutation.id, seq: mutation.seq, status: 'duplicate' });
        continue;
      }
      const result = await applyOne(tx, device, mutation, roles.get(mutation.actorId));
      await tx.insert(mutationLog).values({
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
      });
      results.push(result);
      lastSeq = mutation.seq;
    }
    if (lastSeq !== row.lastSeq) await tx.update(devices).set({ lastSeq }).where(eq(devices.id, device.deviceId));
    return { lastSeq, results };
  });
}

async function actorRoles(tx: Db, tenantId: string, mutations: readonly Mutation[]) {
  const ids = [...new Set(mutations.map((m) => m.actorId))];
  const rows = ids.length
    ? await tx
        .select({ id: staff.id, role: staff.role })
        .from(staff)
        .where(and(eq(staff.tenantId, tenantId), inArray(staff.id, ids)))
    : [];
  return new Map(rows.map((r) => [r.id, r.role]));
}

async function applyOne(tx: Db, device: DeviceIdentity, mutation: Mutation, role: Role | undefined): Promise<MutationResult> {
  const base = { id: mutation.id, seq: mutation.seq };
  try {
    if (role === undefined) throw new MutationRejected('UNKNOWN_ACTOR', `Staff member ${mutation.actorId} is not known in this organisation.`);
    const outcome = await tx.transaction(async (sp) => {
      return runMutation(serverTx(sp, device.tenantId), mutation, {
        side: 'server',
        deviceId: device.deviceId,
        actorId: mutation.actorId,
        actorRole: role,
        channelId: device.channelId,
        warehouseId: device.warehouseId,
      });
    });
    return outcome.status === 'applied' ? { ...base, status: 'applied' } : { ...base, status: 'duplicate', code: outcome.code, message: outcome.message };
  } catch (error) {
    if (error instanceof MutationRejected) return { ...base, status: 'rejected', code: error.code, message: error.message };
    throw error;
  }
}
