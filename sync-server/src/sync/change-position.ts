import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/database';
import { tenants } from '../db/schema';

/** The tenant's committed change-log position (0 before its first change). */
export async function readChangePos(db: Db, tenantId: string): Promise<number> {
  const [row] = await db.select({ pos: tenants.changePos }).from(tenants).where(eq(tenants.id, tenantId));
  return row?.pos ?? 0;
}

export async function readChangePositions(db: Db, tenantIds: readonly string[]): Promise<Map<string, number>> {
  if (tenantIds.length === 0) return new Map();
  const rows = await db
    .select({ id: tenants.id, pos: tenants.changePos })
    .from(tenants)
    .where(inArray(tenants.id, [...tenantIds]));
  return new Map(rows.map((r) => [r.id, r.pos]));
}
