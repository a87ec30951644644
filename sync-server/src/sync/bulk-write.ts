import { getTableColumns, getTableName, sql, type Column } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../db/database';

export interface BulkOptions {
  /** On a primary-key clash: keep the stored row, or overwrite it with the new values. */
  onConflict?: 'nothing' | 'update';
  /** The conflict target's column keys (default: the primary key `id`). */
  target?: readonly string[];
}

/** A row to insert. A timestamp may be given as ISO text: the rows travel as JSON text anyway. */
export type BulkRow<T extends PgTable> = { [K in keyof T['$inferInsert']]: T['$inferInsert'][K] | (Date extends T['$inferInsert'][K] ? string : never) };

/**
 * Inserts many rows in ONE statement with ONE parameter: the rows as a JSON array of tuples,
 * expanded by `jsonb_array_elements` and cast column by column. Building a multi-row VALUES list
 * through the query builder costs more CPU than the database spends storing the rows, and tuples
 * spare both sides the column names an array of objects repeats on every row. Only the columns
 * the rows carry are written, so column defaults still apply to the others. The statement's text
 * depends only on the table, those columns and the options, so it stays prepared (runPrepared).
 */
export async function bulkInsert<T extends PgTable>(tx: Db, table: T, rows: readonly BulkRow<T>[], options: BulkOptions = {}): Promise<void> {
  if (rows.length === 0) return;
  const columns: Record<string, Column> = getTableColumns(table);
  const present = new Set<string>();
  for (const row of rows) for (const key in row) present.add(key);
  const keys = Object.keys(columns).filter((k) => present.has(k));
  const json = JSON.stringify(rows.map((r) => keys.map((k) => (r as Record<string, unknown>)[k] ?? null)));
  const names = keys.map((k) => columns[k]!.name);
  const list = names.map((n) => `"${n}"`).join(', ');
  const values = keys.map((k, i) => fromTuple(columns[k]!, i)).join(', ');
  const target = (options.target ?? ['id']).map((k) => `"${columns[k]?.name ?? k}"`).join(', ');
  let conflict = '';
  if (options.onConflict === 'nothing') conflict = ` on conflict (${target}) do nothing`;
  if (options.onConflict === 'update') {
    const targetNames = new Set((options.target ?? ['id']).map((k) => columns[k]?.name ?? k));
    const set = names.filter((n) => !targetNames.has(n)).map((n) => `"${n}" = excluded."${n}"`);
    conflict = set.length ? ` on conflict (${target}) do update set ${set.join(', ')}` : ` on conflict (${target}) do nothing`;
  }
  await runPrepared(tx, `insert into "${getTableName(table)}" (${list}) select ${values} from jsonb_array_elements($1::jsonb) as t(r)${conflict}`, [json]);
}

/** The SQL that reads column `column` from element `i` of a row tuple `r`; JSON null is SQL NULL. */
function fromTuple(column: Column, i: number): string {
  const type = column.getSQLType();
  if (type === 'jsonb') return `nullif(r->${i}, 'null'::jsonb)`;
  if (type === 'json') return `nullif(r->${i}, 'null'::jsonb)::json`;
  if (type.endsWith('[]')) return `case when jsonb_typeof(r->${i}) = 'array' then array(select jsonb_array_elements_text(r->${i}))::${type} end`;
  return `(r->>${i})::${type}`;
}

/**
 * Runs a statement as a prepared statement of the connection: the driver describes and plans it
 * once per connection instead of on every call (which costs an extra round trip and, for a bulk
 * insert, more planning than executing). The text must be fixed per shape with the values in
 * `params`, so each connection keeps a handful of statements. Returns the rows as tuples.
 */
export function runPrepared(tx: Db, text: string, params: unknown[]): Promise<unknown[][]> {
  return tx._.session.prepareQuery({ sql: text, params }, undefined, 'prepared', true, (rows: unknown[][]) => rows).execute() as Promise<unknown[][]>;
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
