import {
  formatHlc,
  mutationReads,
  OverlayTx,
  recordKey,
  runMutation,
  tickHlc,
  uuidv7,
  type Mutation,
  type MutatorContext,
  type MutatorOutcome,
  type RecordRef,
  type VersionVector,
  type WriteSet,
} from '@tillsafe/sync';
import { Dexie, type Table, type Transaction } from 'dexie';
import { getMetas, metaRow, type Enrolment } from '../db/meta';
import { mutatorTables } from '../db/record-tables';
import type { StaffRow } from '../db/rows';
import { inNativeTransaction } from '../db/native-transaction';
import type { TillDb } from '../db/till-db';
import type { TillTables } from '../db/till-tables';
import { dexieRecordStore } from './dexie-record-store';
import { TillError } from './till-error';

export interface CommitResult {
  outcome: MutatorOutcome;
  /** The outbox entry written, or undefined when the mutation was a local duplicate. */
  entry: Mutation | undefined;
  /** The records and ledger entries the mutation stored (nothing for a local duplicate). */
  written: WriteSet;
}

/**
 * The record tables a mutator reads or writes, where they are few. A sale is the hot path: its
 * transaction then leaves the tabs, customers and the rest free for a pull or another tab. A
 * table missing here makes Dexie refuse the transaction outright, so a mutator that starts to
 * touch another table fails its first test rather than corrupting anything.
 */
const mutatorRecordTables: Partial<Record<string, (db: TillDb) => Table[]>> = {
  // Protocol 2 prices the sale from the synced rules, for the customer, and reads their loyalty
  // ledger (the approving manager is read from staff, which every commit includes).
  'sale.complete': (db) => [
    db.sales,
    db.channels,
    db.products,
    db.productChunks,
    db.stockMovements,
    db.customers,
    db.sellingSettings,
    db.taxCategories,
    db.depositItems,
    db.priceLists,
    db.quantityBreaks,
    db.promotions,
    db.loyaltyEntries,
  ],
};

/**
 * The tables a local mutation's transaction needs: meta, staff and the outbox, and the record
 * tables of mutation `name` — or every record table (what any mutator may touch, e.g. a rebase
 * that re-runs whatever is pending) when no name is given or the mutator has no short list.
 */
export function commitTables(db: TillDb, name?: string): Table[] {
  const records = (name === undefined ? undefined : mutatorRecordTables[name]?.(db)) ?? mutatorTables(db);
  return [db.meta, db.staff, db.outbox, ...records];
}

/**
 * Who made the last local mutation on each database, and under which enrolment: almost always
 * who makes the next, in the same channel. So the actor's row, and the records the mutator will
 * read there (as it declares them, or as the caller expects them while its args are still being
 * read), are fetched together with the counters instead of after them: round trips to IndexedDB
 * are what a commit waits for, and a tab line waits for its commit before it is pushed to the
 * other tills. All of it is still read in the
 * mutation's own transaction, and a guess the stored session or enrolment does not confirm is
 * simply read again.
 */
const lastRun = new WeakMap<TillDb, { actor: StaffRow; enrolment: Enrolment }>();

/** Records a caller knows its mutation will read, given the till's enrolment (e.g. a sale's channel and products). */
export type ExpectedReads = (enrolment: Enrolment) => readonly RecordRef[];

/**
 * What to fetch with the counters: the caller's `expected`, or, for args already at hand, what
 * the mutator says it reads, in the context of the last run.
 */
function expectedReads(name: string, args: unknown, previous: { actor: StaffRow; enrolment: Enrolment }, expected: ExpectedReads | undefined): readonly RecordRef[] {
  if (expected) return expected(previous.enrolment);
  if (args instanceof Promise) return [];
  return mutationReads({ name, args }, actorContext(previous.enrolment, previous.actor, { seq: 0, hlc: '', base: undefined }, new Date().toISOString()));
}

/** The signed-in staff member's row (undefined: not on this till); `guessed` is the row read for lastRun, if any. */
async function signedInActor(tables: TillTables, staffId: string, guessed: StaffRow | undefined): Promise<StaffRow | undefined> {
  return guessed?.id === staffId ? guessed : await tables.staff.get(staffId);
}

/** The same context for an actor already looked up (a rebase looks each actor up once). */
export function actorContext(enrolment: Enrolment, actor: Pick<StaffRow, 'id' | 'role'>, mutation: Pick<Mutation, 'seq' | 'hlc' | 'base'>, now: string): MutatorContext {
  return {
    side: 'till',
    deviceId: enrolment.deviceId,
    channelId: enrolment.channelId,
    warehouseId: enrolment.warehouseId,
    actorId: actor.id,
    actorRole: actor.role,
    seq: mutation.seq,
    hlc: mutation.hlc,
    base: mutation.base,
    now,
  };
}

/**
 * Reads a mutation's args in its own transaction, through the overlay its mutator then runs on,
 * and the transaction's tables. `actor` is the signed-in staff member the mutation runs as (the
 * same read as the commit's), undefined when nobody is signed in.
 */
export type ArgsReader = (tx: OverlayTx, tables: TillTables, actor: Promise<StaffRow | undefined>) => Promise<unknown>;

/**
 * Applies a mutation to the till's own data and appends it to the outbox, in ONE IndexedDB
 * transaction: both land or neither does. The mutator runs as the signed-in staff member in the
 * till's enrolled channel and warehouse; the versions of the records it reads, as the till has
 * them now, go with it as `base`, so the server can tell a causal edit from a concurrent one.
 * A rejection (MutationRejected) aborts the transaction, so nothing is stored, and is rethrown
 * for the cashier to see.
 *
 * The transaction is a native one (db/native-transaction.ts): a sale is what the cashier waits
 * for, and Dexie's cost per request is most of a commit's. Called inside a caller's Dexie
 * transaction (paying a tab commits the sale and the tab's close together), it joins that one.
 *
 * `args` may also be a promise of them, still being read in the caller's transaction, or a
 * function that reads them (ArgsReader): it runs inside this transaction, beside the counters,
 * and reads through the overlay the mutator runs on, so what it reads is what the mutator reads,
 * fetched once, in the same round trip to IndexedDB as the counters. `expected` names records
 * the mutator will read, fetched in that same round trip (see lastRun).
 *
 * Nothing in here may await a non-IndexedDB promise (fetch, timers, WebCrypto): IndexedDB
 * commits a transaction as soon as it has no pending request at the end of a task.
 */
export function commitMutation(db: TillDb, name: string, args: unknown, now: () => number = Date.now, expected?: ExpectedReads): Promise<CommitResult> {
  const work = (tables: TillTables) => commitIn(tables, db, name, args, now, expected);
  // Dexie types it as always there; outside a transaction it is null. Inside one, the mutation
  // runs in it as it stands (its scope must span these tables): a nested Dexie transaction would
  // leave its own zone behind it for the caller's next awaits.
  const joining = (Dexie.currentTransaction as Transaction | null) !== null;
  return joining ? work(db) : inNativeTransaction(db, commitTables(db, name), work);
}

async function commitIn(tables: TillTables, db: TillDb, name: string, args: unknown, now: () => number, expected: ExpectedReads | undefined): Promise<CommitResult> {
  const previous = lastRun.get(db);
  const tx = new OverlayTx(dexieRecordStore(tables));
  const counters = getMetas(tables, ['enrolment', 'session', 'nextSeq', 'hlc'] as const);
  const signedIn = Promise.all([counters, previous && tables.staff.get(previous.actor.id)]).then(([[, session], guessed]) =>
    session ? signedInActor(tables, session.staffId, guessed) : undefined,
  );
  if (typeof args === 'function') args = (args as ArgsReader)(tx, tables, signedIn);
  const [[enrolment, session, nextSeq, last], actor, mutationArgs] = await Promise.all([
    counters,
    signedIn,
    args,
    previous && tx.prefetch(expectedReads(name, args, previous, expected)),
  ]);
  if (!enrolment) throw new TillError('NOT_ENROLLED', 'This till is not paired yet.');
  if (!session || !actor) throw new TillError('NOT_SIGNED_IN', 'Sign in before selling.');

  const at = now();
  const seq = nextSeq ?? 1;
  const hlc = tickHlc({ ...(last ?? { wall: 0, counter: 0 }), node: enrolment.deviceId }, at);
  const draft = { actorId: session.staffId, seq, hlc: formatHlc(hlc), base: undefined };
  lastRun.set(db, { actor, enrolment });
  const ctx = actorContext(enrolment, actor, draft, new Date(at).toISOString());
  const mutation = { name, args: mutationArgs };
  // Everything the mutator reads (that `expected` did not bring), fetched up front, one request
  // per table, so it runs from memory.
  const reads = mutationReads(mutation, ctx);
  await tx.prefetch(reads);
  const base = await baseVersions(tx, reads);
  const outcome = await runMutation(tx, mutation, { ...ctx, base });
  if (outcome.status === 'duplicate') return { outcome, entry: undefined, written: { records: [], ledger: [], conflicts: [] } };

  const entry: Mutation = { id: uuidv7(at), seq, name, args: mutationArgs, hlc: draft.hlc, actorId: session.staffId };
  if (Object.keys(base).length) entry.base = base;
  // The effects, the outbox entry and the counters go in together: IndexedDB queues them in order.
  const [written] = await Promise.all([tx.flush(), tables.outbox.add(entry), tables.meta.bulkPut([metaRow('nextSeq', seq + 1), metaRow('hlc', hlc)])]);
  return { outcome, entry, written };
}

/** The versions the till holds of the records a mutation reads (only those it has). */
async function baseVersions(tx: OverlayTx, refs: ReturnType<typeof mutationReads>): Promise<Record<string, VersionVector>> {
  const base: Record<string, VersionVector> = {};
  for (const ref of refs) {
    const found = await tx.get(ref.entity, ref.id);
    if (found && Object.keys(found.meta.version).length) base[recordKey(ref.entity, ref.id)] = found.meta.version;
  }
  return base;
}
