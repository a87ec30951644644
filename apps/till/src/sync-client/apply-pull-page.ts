import {
  formatHlc,
  MutationRejected,
  mutationReads,
  OverlayTx,
  parseHlc,
  receiveHlc,
  recordKey,
  runMutation,
  type Change,
  type EntityName,
  type Mutation,
  type PullResponse,
} from '@tillsafe/sync';
import { getMeta, setMeta } from '../db/meta';
import { recordTables, type RecordRow } from '../db/record-tables';
import type { TillDb } from '../db/till-db';
import { commitTables, tillContext } from './commit-mutation';
import { dexieRecordStore } from './dexie-record-store';
import { TillError } from './till-error';

type ParsedChange = { entity: EntityName; op: 'put'; id: string; row: RecordRow } | { entity: EntityName; op: 'delete'; id: string };

/** Counts of records put per entity in one page, e.g. to show catalog loading progress. */
export type PullPageStats = Record<EntityName, number>;

/**
 * Parses every change of a pulled page with the record schemas first (outside any transaction),
 * then, in ONE Dexie transaction: stores the server's records and the new cursor, moves the
 * till's clock past every timestamp it saw, and re-applies the still-pending local mutations
 * that read any record the page replaced (rebase), so the screen shows the server's state plus
 * what this till has not pushed yet. A record that does not parse refuses the whole page.
 */
export async function applyPullPage(db: TillDb, page: PullResponse, now: () => number = Date.now): Promise<PullPageStats> {
  const parsed = page.changes.map(parseChange);
  const stats = Object.fromEntries(Object.keys(recordTables).map((e) => [e, 0])) as PullPageStats;
  await db.transaction('rw', commitTables(db), async () => {
    for (const change of parsed) {
      const table = recordTables[change.entity].table(db);
      if (change.op === 'put') {
        await table.put(change.row);
        stats[change.entity] += 1;
      } else {
        await table.delete(change.id);
      }
    }
    await setMeta(db, 'pullCursor', page.cursor);
    await receiveTimestamps(db, page.changes, now());
    await rebasePending(db, new Set(parsed.map((c) => recordKey(c.entity, c.id))));
  });
  return stats;
}

function parseChange(change: Change): ParsedChange {
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

/** Receiving a timestamp moves the till's HLC past it, so its next edit orders after what it saw. */
async function receiveTimestamps(db: TillDb, changes: readonly Change[], wallNow: number): Promise<void> {
  let newest = '';
  for (const change of changes) for (const stamp of Object.values(change.fields ?? {})) if (stamp.hlc > newest) newest = stamp.hlc;
  if (!newest) return;
  const enrolment = await getMeta(db, 'enrolment');
  if (!enrolment) return;
  const last = (await getMeta(db, 'hlc')) ?? { wall: 0, counter: 0, node: enrolment.deviceId };
  const next = receiveHlc(last, parseHlc(newest), wallNow);
  if (formatHlc(next) > formatHlc(last)) await setMeta(db, 'hlc', next);
}

/**
 * Re-runs, in seq order, every pending mutation that reads a record the page replaced. Mutators
 * are idempotent (create-once by id, per-field stamps), so a re-run only restores the till's own
 * unpushed edits on top of the server's state. One the server will refuse is skipped here and
 * shown when its push answer arrives.
 */
async function rebasePending(db: TillDb, replaced: ReadonlySet<string>): Promise<void> {
  if (replaced.size === 0) return;
  const pending: Mutation[] = await db.outbox.orderBy('seq').toArray();
  if (pending.length === 0) return;
  const enrolment = await getMeta(db, 'enrolment');
  if (!enrolment) return;
  const tx = new OverlayTx(dexieRecordStore(db));
  for (const mutation of pending) {
    const ctx = await tillContext(db, enrolment, mutation, new Date(parseHlc(mutation.hlc).wall).toISOString()).catch(() => undefined);
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
