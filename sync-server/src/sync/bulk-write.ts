import { getTableColumns, getTableName, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../db/database';

export interface BulkOptions {
  /** On a primary-key clash: keep the stored row, or overwrite it with the new values. */
  onConflict?: 'nothing' | 'update';
  /** The conflict target's column keys (default: the primary key `id`). */
  target?: readonly string[];
}

/**
 * Inserts many rows in ONE statement with ONE parameter: the rows as a JSON array, expanded by
 * `jsonb_populate_recordset`. Building a multi-row VALUES list through the query builder costs
 * more CPU than the database spends storing the rows; this keeps a push batch cheap. Only the
 * columns the rows carry are written, so column defaults still apply to the others.
 */
export async function bulkInsert<T extends PgTable>(tx: Db, table: T, rows: readonly T['$inferInsert'][], options: BulkOptions = {}): Promise<void> {
  if (rows.length === 0) return;
  const columns = getTableColumns(table);
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((k) => k in columns);
  const names = keys.map((k) => columns[k]!.name);
  const json = JSON.stringify(rows.map((r) => Object.fromEntries(keys.map((k) => [columns[k]!.name, (r as Record<string, unknown>)[k] ?? null]))));
  const list = names.map((n) => `"${n}"`).join(', ');
  const qualified = `"${getTableName(table)}"`;
  const target = (options.target ?? ['id']).map((k) => `"${columns[k]?.name ?? k}"`).join(', ');
  let conflict = '';
  if (options.onConflict === 'nothing') conflict = ` on conflict (${target}) do nothing`;
  if (options.onConflict === 'update') {
    const targetNames = new Set((options.target ?? ['id']).map((k) => columns[k]?.name ?? k));
    const set = names.filter((n) => !targetNames.has(n)).map((n) => `"${n}" = excluded."${n}"`);
    conflict = set.length ? ` on conflict (${target}) do update set ${set.join(', ')}` : ` on conflict (${target}) do nothing`;
  }
  await tx.execute(
    sql`${sql.raw(`insert into ${qualified} (${list}) select ${list} from jsonb_populate_recordset(null::${qualified}, `)}${json}${sql.raw(`::jsonb)${conflict}`)}`,
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `column = any($1::uuid[])` with ONE parameter, instead of one parameter per id: a batch reads
 * hundreds of ids at once. Ids are checked to be UUIDs before they form the array literal.
 */
export function anyUuid(column: Parameters<typeof sql>[1], ids: readonly string[]) {
  for (const id of ids) if (!UUID.test(id)) throw new RangeError(`not a uuid: ${id}`);
  return sql`${column} = any(${`{${ids.join(',')}}`}::uuid[])`;
}
