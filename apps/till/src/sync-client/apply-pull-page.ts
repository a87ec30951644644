import {
  formatHlc,
  MutationRejected,
  mutationReads,
  OverlayTx,
  parseHlc,
  receiveHlc,
  recordKey,
  runMutation,
  type AnyEntityName,
  type ChangeV2,
  type Hlc,
  type Mutation,
  type MutatorContext,
  type PullResponseV2,
} from '@tillsafe/sync';
import { getMetas, setMeta, type Enrolment } from '../db/meta';
import { recordTables, type RecordRow } from '../db/record-tables';
import type { StaffRow } from '../db/rows';
import type { TillDb } from '../db/till-db';
import type { RowTable } from '../db/till-tables';
import { actorContext, commitTables } from './commit-mutation';
import { dexieRecordStore } from './dexie-record-store';
import { TillError } from './till-error';

type ParsedChange = { entity: AnyEntityName; op: 'put'; id: string; row: RecordRow } | { entity: AnyEntityName; op: 'delete'; id: string };

/** Counts of records put per entity in one page, e.g. to show catalog loading progress. */
export type PullPageStats = Record<AnyEntityName, number>;

/** One table's share of a page: rows to put and ids to delete, each written with one bulk call. */
interface TableWrites {
  table: RowTable<RecordRow>;
  puts: RecordRow[];
  deletes: string[];
}

/** Server records, parsed and grouped by table, ready to be stored. */
export interface PreparedChanges {
  changes: readonly ChangeV2[];
  /** Keys (`entity:id`) of every record they replace or delete. */
  replaced: ReadonlySet<string>;
  writes: readonly TableWrites[];
  stats: PullPageStats;
}

/** A pulled page, parsed and grouped by table, ready to be stored with its cursor. */
export interface PreparedPage extends PreparedChanges {
  cursor: string;
  /** The till's number in its channel, when the server sent it (receipt numbers). */
  tillNumber: number | undefined;
  /** How many days of finished business the server sends, when it said (db/prune-history.ts). */
  historyDays: number | undefined;
}

/**
 * Parses and stores one pulled page: see preparePullPage and storePullPage, which a pull runs
 * apart so that one page is parsed while the one before it is still being written.
 */
export async function applyPullPage(db: TillDb, page: PullResponseV2, now: () => number = Date.now): Promise<PullPageStats> {
  const prepared = preparePullPage(db, page);
  await storePullPage(db, prepared, now);
  return prepared.stats;
}

/**
 * Parses every change of a pulled page with the record schemas, outside any transaction, and
 * groups the rows by table. A record that does not parse refuses the whole page.
 */
export function preparePullPage(db: TillDb, page: PullResponseV2): PreparedPage {
  return { cursor: page.cursor, tillNumber: page.tillNumber, historyDays: page.historyDays, ...prepareChanges(db, page.changes) };
}

/**
 * Parses server records as a pull page's (the corrections of a push answer too). Entities this
 * till keeps no table for are left out: it cannot hold one, so it has nothing to correct.
 */
export function prepareChanges(db: TillDb, incoming: readonly ChangeV2[]): PreparedChanges {
  const changes = incoming.filter((c) => Object.hasOwn(recordTables, c.entity));
  const parsed = latestPerRecord(changes.map(parseChange));
  const stats = Object.fromEntries(Object.keys(recordTables).map((e) => [e, 0])) as PullPageStats;
  const writes = new Map<AnyEntityName, TableWrites>();
  for (const change of parsed) {
    let entry = writes.get(change.entity);
    if (!entry) writes.set(change.entity, (entry = { table: recordTables[change.entity].table(db), puts: [], deletes: [] }));
    if (change.op === 'put') {
      entry.puts.push(change.row);
      stats[change.entity] += 1;
    } else {
      entry.deletes.push(change.id);
    }
  }
  return { changes, replaced: new Set(parsed.map((c) => recordKey(c.entity, c.id))), writes: [...writes.values()], stats };
}

/**
 * Stores a prepared page in ONE Dexie transaction: the server's records (one bulkPut and one
 * bulkDelete per table, so IndexedDB queues the requests without a round trip through the event
 * loop each), the new cursor and the history window the server said it keeps to; moves the
 * till's clock past every timestamp it saw; and re-applies the still-pending local mutations that
 * read any record the page replaced (rebase), so the screen shows the server's state plus what
 * this till has not pushed yet. A page without a history window (an older server) leaves the one
 * stored before as it is.
 */
export async function storePullPage(db: TillDb, page: PreparedPage, now: () => number = Date.now): Promise<void> {
  await db.transaction('rw', commitTables(db), async () => {
    const alongside = [setMeta(db, 'pullCursor', page.cursor)];
    if (page.historyDays !== undefined) alongside.push(setMeta(db, 'historyDays', page.historyDays));
    const enrolment = await storeChanges(db, page, now, alongside);
    // A till enrolled before till numbers existed learns its own here, for its receipt numbers.
    if (enrolment && page.tillNumber !== undefined && page.tillNumber !== enrolment.tillNumber) await setMeta(db, 'enrolment', { ...enrolment, tillNumber: page.tillNumber });
  });
}

/**
 * Stores prepared server records in the caller's transaction (which must span commitTables):
 * their writes, along with `alongside` (the page's cursor), then the clock and the rebase.
 * Answers the till's enrolment as it was read along the way.
 */
export async function storeChanges(db: TillDb, page: PreparedChanges, now: () => number, alongside: readonly Promise<unknown>[] = []): Promise<Enrolment | undefined> {
  const stored: Promise<unknown>[] = [...alongside];
  for (const { table, puts, deletes } of page.writes) {
    if (puts.length) stored.push(table.bulkPut(puts));
    if (deletes.length) stored.push(table.bulkDelete(deletes));
  }
  // What the clock and the rebase need is read along with the writes: one round trip to
  // IndexedDB instead of one each (this is on the way of another till's tab line to the screen).
  const [, [enrolment, clock], pending] = await Promise.all([
    Promise.all(stored),
    getMetas(db, ['enrolment', 'hlc'] as const),
    page.replaced.size ? db.outbox.count() : 0,
  ]);
  if (!enrolment) return undefined;
  await Promise.all([receiveTimestamps(db, enrolment, clock, page.changes, now()), pending > 0 ? rebasePending(db, enrolment, page.replaced) : undefined]);
  return enrolment;
}

function parseChange(change: ChangeV2): ParsedChange {
  if (change.op === 'delete') return { entity: change.entity, op: 'delete', id: change.id };
  const binding = recordTables[change.entity];
  const result = binding.schema.safeParse(change.data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    throw new TillError('BAD_PULL_DATA', `The server sent a ${change.entity} (${change.id}) the till cannot read${where}: ${issue?.message ?? 'invalid'}.`);
  }
  const row = binding.toRow({ data: result.data, meta: { version: change.version, fields: change.fields ?? {} } });
  return { entity: change.entity, op: 'put', id: change.id, row };
}

/**
 * The compacted change log holds each record once, but a page is applied in bulk, not in order:
 * should a record ever appear twice, only its latest change counts, as it would applied in order.
 */
function latestPerRecord(changes: ParsedChange[]): ParsedChange[] {
  const seen = new Set<string>();
  let repeated = false;
  for (const c of changes) {
    const key = recordKey(c.entity, c.id);
    if (seen.has(key)) repeated = true;
    seen.add(key);
  }
  if (!repeated) return changes;
  return [...new Map(changes.map((c) => [recordKey(c.entity, c.id), c])).values()];
}

/** Receiving a timestamp moves the till's HLC past it, so its next edit orders after what it saw. */
async function receiveTimestamps(db: TillDb, enrolment: Enrolment, clock: Hlc | undefined, changes: readonly ChangeV2[], wallNow: number): Promise<void> {
  let newest = '';
  for (const change of changes) for (const stamp of Object.values(change.fields ?? {})) if (stamp.hlc > newest) newest = stamp.hlc;
  if (!newest) return;
  const last = clock ?? { wall: 0, counter: 0, node: enrolment.deviceId };
  const next = receiveHlc(last, parseHlc(newest), wallNow);
  if (formatHlc(next) > formatHlc(last)) await setMeta(db, 'hlc', next);
}

/**
 * Re-runs, in seq order, every pending mutation that reads a record the page replaced. Mutators
 * are idempotent (create-once by id, per-field stamps), so a re-run only restores the till's own
 * unpushed edits on top of the server's state. One the server will refuse is skipped here and
 * shown when its push answer arrives. Only called with something pending (the caller counts the
 * outbox along with its writes); the outbox is read once per page and each actor looked up once.
 */
async function rebasePending(db: TillDb, enrolment: Enrolment, replaced: ReadonlySet<string>): Promise<void> {
  const pending: Mutation[] = await db.outbox.orderBy('seq').toArray();
  const contextOf = actorContexts(db, enrolment);
  const tx = new OverlayTx(dexieRecordStore(db));
  for (const mutation of pending) {
    const ctx = await contextOf(mutation);
    if (!ctx) continue;
    if (!mutationReads(mutation, ctx).some((ref) => replaced.has(recordKey(ref.entity, ref.id)))) continue;
    try {
      await runMutation(tx, mutation, ctx);
      tx.commitMutation();
    } catch (error) {
      tx.rollbackMutation();
      if (!(error instanceof MutationRejected)) throw error;
    }
  }
  await tx.flush();
}

/** Each pending mutation's context, looking each actor up once; undefined for an unknown actor. */
function actorContexts(db: TillDb, enrolment: Enrolment): (mutation: Mutation) => Promise<MutatorContext | undefined> {
  const actors = new Map<string, StaffRow | undefined>();
  return async (mutation) => {
    if (!actors.has(mutation.actorId)) actors.set(mutation.actorId, await db.staff.get(mutation.actorId));
    const actor = actors.get(mutation.actorId);
    return actor && actorContext(enrolment, actor, mutation, new Date(parseHlc(mutation.hlc).wall).toISOString());
  };
}
