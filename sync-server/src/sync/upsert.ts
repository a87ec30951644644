import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../db/database';

/** `INSERT … ON CONFLICT (id) DO UPDATE SET every column = excluded.column`, in one statement. */
export async function upsertAll<T extends PgTable>(tx: Db, table: T, rows: T['$inferInsert'][]): Promise<void> {
  if (rows.length === 0) return;
  const columns = getTableColumns(table);
  const set: Record<string, SQL> = {};
  for (const [key, column] of Object.entries(columns)) {
    if (column.primary) continue;
    set[key] = sql.raw(`excluded."${column.name}"`);
  }
  const id = (columns as Record<string, (typeof columns)[string]>).id;
  if (!id) throw new Error('upsertAll needs a table with an id column');
  await tx.insert(table).values(rows).onConflictDoUpdate({ target: id, set });
}
