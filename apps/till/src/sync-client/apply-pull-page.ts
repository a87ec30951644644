import {
  categoryRecordSchema,
  channelRecordSchema,
  productRecordSchema,
  saleRecordSchema,
  staffRecordSchema,
  warehouseRecordSchema,
  type Change,
  type EntityName,
  type PullResponse,
  type VersionVector,
} from '@tillsafe/sync';
import type { Table } from 'dexie';
import type { z } from 'zod';
import { setMeta } from '../db/meta';
import { toProductRow } from '../db/rows';
import type { TillDb } from '../db/till-db';
import { TillError } from './till-error';

interface EntityBinding {
  table: (db: TillDb) => Table<unknown, string>;
  schema: z.ZodType;
  toRow: (record: never, version: VersionVector) => unknown;
}

const bindings: Record<EntityName, EntityBinding> = {
  channel: { table: (db) => db.channels, schema: channelRecordSchema, toRow: withVersion },
  warehouse: { table: (db) => db.warehouses, schema: warehouseRecordSchema, toRow: withVersion },
  category: { table: (db) => db.categories, schema: categoryRecordSchema, toRow: withVersion },
  product: { table: (db) => db.products, schema: productRecordSchema, toRow: toProductRow },
  staff: { table: (db) => db.staff, schema: staffRecordSchema, toRow: withVersion },
  sale: { table: (db) => db.sales, schema: saleRecordSchema, toRow: withVersion },
};

function withVersion(record: object, version: VersionVector): unknown {
  return { ...record, version };
}

type ParsedChange = { entity: EntityName; op: 'put'; row: unknown } | { entity: EntityName; op: 'delete'; id: string };

/** Counts of records put per entity in one page, e.g. to show catalog loading progress. */
export type PullPageStats = Record<EntityName, number>;

/**
 * Parses every change of a pulled page with the record schemas first (outside any transaction),
 * then applies the page and its cursor in ONE Dexie transaction, so a page lands whole or not at
 * all and the cursor never runs ahead of the data. A record that does not parse refuses the
 * whole page: the cursor stays put and the next pull tries again.
 */
export async function applyPullPage(db: TillDb, page: PullResponse): Promise<PullPageStats> {
  const parsed = page.changes.map(parseChange);
  const stats: PullPageStats = { channel: 0, warehouse: 0, category: 0, product: 0, staff: 0, sale: 0 };
  const tables = [...new Set(Object.values(bindings).map((b) => b.table(db)))];
  await db.transaction('rw', [db.meta, ...tables], async () => {
    for (const change of parsed) {
      const table = bindings[change.entity].table(db);
      if (change.op === 'put') {
        await table.put(change.row);
        stats[change.entity] += 1;
      } else {
        await table.delete(change.id);
      }
    }
    await setMeta(db, 'pullCursor', page.cursor);
  });
  return stats;
}

function parseChange(change: Change): ParsedChange {
  if (change.op === 'delete') return { entity: change.entity, op: 'delete', id: change.id };
  const binding = bindings[change.entity];
  const result = binding.schema.safeParse(change.data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    throw new TillError('BAD_PULL_DATA', `The server sent a ${change.entity} (${change.id}) the till cannot read${where}: ${issue?.message ?? 'invalid'}.`);
  }
  return { entity: change.entity, op: 'put', row: binding.toRow(result.data as never, change.version) };
}
