import type { AnyEntityName } from '@tillsafe/sync';
import type { Db } from '../db/database';
import { runPrepared } from './bulk-write';

export interface ChangeRef {
  entity: AnyEntityName;
  id: string;
  op: 'put' | 'delete';
}

/**
 * Moves changed records to new positions in the tenant's pull log.
 *
 * Sequence numbers handed out by concurrent transactions commit out of order, so a reader
 * paging by `pos > cursor` could skip a position that commits later. Here positions come from
 * the tenant row, whose lock is held until commit: a transaction that gets position P commits
 * before any other transaction can get P+1, so positions become visible in order. Call it last
 * in the transaction to keep the lock short.
 *
 * ONE statement takes the positions and writes the index, so it needs no answer from the
 * database before it can be sent: a push pipelines it with its other writes.
 */
export async function recordChanges(tx: Db, tenantId: string, changes: readonly ChangeRef[]): Promise<void> {
  if (changes.length === 0) return;
  const [row] = await runPrepared(
    tx,
    `with moved as (update "tenants" set "change_pos" = "change_pos" + $2::bigint where "id" = $1::uuid returning "change_pos"),
     written as (
       insert into "change_index" ("tenant_id", "entity", "entity_id", "op", "pos")
       select $1::uuid, c->>0, (c->>1)::uuid, c->>2, moved."change_pos" - $2::bigint + n
       from moved, jsonb_array_elements($3::jsonb) with ordinality as e(c, n)
       on conflict ("tenant_id", "entity", "entity_id") do update set "op" = excluded."op", "pos" = excluded."pos"
       returning 1
     )
     select count(*)::int from written`,
    [tenantId, changes.length, JSON.stringify(changes.map((c) => [c.entity, c.id, c.op]))],
  );
  if (row?.[0] !== changes.length) throw new Error(`tenant ${tenantId} does not exist`);
}

const CURSOR_PATTERN = /^p(\d{1,15})$/;

export function encodeCursor(pos: number): string {
  return `p${pos}`;
}

export function decodeCursor(cursor: string | undefined): number | undefined {
  if (cursor === undefined || cursor === '') return 0;
  const match = CURSOR_PATTERN.exec(cursor);
  return match ? Number(match[1]) : undefined;
}
