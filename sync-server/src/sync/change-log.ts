import { eq, sql } from 'drizzle-orm';
import type { EntityName } from '@tillsafe/sync';
import type { Db } from '../db/database';
import { changeIndex, tenants } from '../db/schema';
import { bulkInsert } from './bulk-write';

export interface ChangeRef {
  entity: EntityName;
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
 */
export async function recordChanges(tx: Db, tenantId: string, changes: readonly ChangeRef[]): Promise<void> {
  if (changes.length === 0) return;
  const [row] = await tx
    .update(tenants)
    .set({ changePos: sql`${tenants.changePos} + ${changes.length}` })
    .where(eq(tenants.id, tenantId))
    .returning({ end: tenants.changePos });
  if (!row) throw new Error(`tenant ${tenantId} does not exist`);
  const first = row.end - changes.length + 1;
  await bulkInsert(
    tx,
    changeIndex,
    changes.map((c, i) => ({ tenantId, entity: c.entity, entityId: c.id, op: c.op, pos: first + i })),
    { onConflict: 'update', target: ['tenantId', 'entity', 'entityId'] },
  );
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
