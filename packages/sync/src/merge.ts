import { uuidv7 } from './ids';
import { emptyMeta, mergeVersions, type Entity, type Stored, type SyncConflict } from './record-store';
import type { FieldStamp, VersionVector } from './wire';


/** The identity of one write: which device, which of its mutations, when (HLC), what it had seen. */
export interface WriteStamp {
  node: string;
  seq: number;
  hlc: string;
  /** The record's version the writer had seen; absent for a blind write. */
  base?: VersionVector | undefined;
}

/** Total order of writes to one field: HLC first (its text sorts), then the device id. */
export function compareStamps(a: FieldStamp, b: FieldStamp): number {
  if (a.hlc !== b.hlc) return a.hlc < b.hlc ? -1 : 1;
  if (a.node !== b.node) return a.node < b.node ? -1 : 1;
  return a.seq - b.seq;
}

export interface FieldMergeOptions<T> {
  /** Field values that, once stored, are never overwritten (tombstones, terminal states). */
  sticky?: Partial<T>;
  /**
   * The write is a terminal transition (DESIGN §4: terminal transitions win): it takes every field
   * it names even from a newer concurrent write; a concurrent value it replaces is still kept as a
   * conflict.
   */
  terminal?: boolean;
}

/**
 * Per-field merge (DESIGN §4, "fields" policy), used for products, customers, tab headers and
 * tab lines. Each field keeps the stamp of its last write; a write takes a field only when its
 * stamp is newer, so replicas that see the same writes in any order end with the same record.
 * A write is concurrent with a field's last write when its `base` had not seen that write's dot
 * (Parker et al., "Detection of mutual inconsistency in distributed systems", 1983); if the two
 * values differ, both are kept as a conflict for review.
 */
export function mergeFields<T extends object>(
  entity: Entity,
  recordId: string,
  existing: Stored<T> | undefined,
  patch: Partial<T>,
  write: WriteStamp,
  options: FieldMergeOptions<T> = {},
): { stored: Stored<T>; conflicts: SyncConflict[]; changed: boolean } {
  const meta = existing ? { version: { ...existing.meta.version }, fields: { ...existing.meta.fields } } : emptyMeta();
  const data = { ...(existing?.data ?? {}) } as Record<string, unknown>;
  const stamp: FieldStamp = { hlc: write.hlc, node: write.node, seq: write.seq };
  const sticky = (options.sticky ?? {}) as Record<string, unknown>;
  const conflicts: SyncConflict[] = [];
  let changed = !existing;
  for (const [field, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const current = meta.fields[field];
    const stuck = field in sticky && existing !== undefined && Object.is(data[field], sticky[field]);
    const newer = !current || compareStamps(stamp, current) > 0;
    const wins = !stuck && (newer || options.terminal === true);
    if (current && write.base && current.node !== write.node && (write.base[current.node] ?? 0) < current.seq && !sameValue(data[field], value)) {
      const mine = { value, stamp };
      const theirs = { value: data[field], stamp: current };
      conflicts.push({ id: uuidv7(), entity, recordId, field, kept: wins ? mine : theirs, lost: wins ? theirs : mine });
    }
    if (!wins) continue;
    if (!sameValue(data[field], value)) changed = true;
    data[field] = value;
    meta.fields[field] = stamp;
  }
  meta.version = mergeVersions(meta.version, { [write.node]: write.seq });
  return { stored: { data: data as T, meta }, conflicts, changed };
}

/** Structural equality for JSON-like field values. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A new immutable record: written once, with the creating write as its version. */
export function createOnce<T>(data: T, write: WriteStamp): Stored<T> {
  return { data, meta: { version: { [write.node]: write.seq }, fields: {} } };
}
