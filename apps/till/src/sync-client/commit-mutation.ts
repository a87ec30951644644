import { formatHlc, runMutation, tickHlc, uuidv7, type Mutation, type MutatorOutcome } from '@tillsafe/sync';
import { getMeta, setMeta } from '../db/meta';
import type { TillDb } from '../db/till-db';
import { dexieMutatorTx, mutatorTables } from './dexie-mutator-tx';
import { TillError } from './till-error';

export interface CommitResult {
  outcome: MutatorOutcome;
  /** The outbox entry written, or undefined when the mutation was a local duplicate. */
  entry: Mutation | undefined;
}

/**
 * Applies a mutation to the till's own data and appends it to the outbox, in ONE Dexie
 * transaction: both land or neither does. The mutator runs as the signed-in staff member in the
 * till's enrolled channel and warehouse. A rejection (MutationRejected) aborts the transaction,
 * so nothing is stored, and is rethrown for the cashier to see.
 *
 * Nothing in here may await a non-Dexie promise (fetch, timers, WebCrypto): IndexedDB commits a
 * transaction as soon as it has no pending request at the end of a task.
 */
export function commitMutation(db: TillDb, name: string, args: unknown, now: () => number = Date.now): Promise<CommitResult> {
  return db.transaction('rw', [db.meta, db.staff, db.outbox, ...mutatorTables(db)], async () => {
    const enrolment = await getMeta(db, 'enrolment');
    if (!enrolment) throw new TillError('NOT_ENROLLED', 'This till is not paired yet.');
    const session = await getMeta(db, 'session');
    const actor = session ? await db.staff.get(session.staffId) : undefined;
    if (!actor) throw new TillError('NOT_SIGNED_IN', 'Sign in before selling.');

    const outcome = await runMutation(dexieMutatorTx(db), { name, args }, {
      side: 'till',
      deviceId: enrolment.deviceId,
      actorId: actor.id,
      actorRole: actor.role,
      channelId: enrolment.channelId,
      warehouseId: enrolment.warehouseId,
    });
    if (outcome.status !== 'applied') return { outcome, entry: undefined };

    const seq = (await getMeta(db, 'nextSeq')) ?? 1;
    const last = (await getMeta(db, 'hlc')) ?? { wall: 0, counter: 0, node: enrolment.deviceId };
    const hlc = tickHlc({ ...last, node: enrolment.deviceId }, now());
    const entry: Mutation = { id: uuidv7(now()), seq, name, args, hlc: formatHlc(hlc), actorId: actor.id };
    await db.outbox.add(entry);
    await setMeta(db, 'nextSeq', seq + 1);
    await setMeta(db, 'hlc', hlc);
    return { outcome, entry };
  });
}
