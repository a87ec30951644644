import type { Entity, EntityTypes, RecordStore, Stored, TabLineRecord } from '@tillsafe/sync';
import { recordTables, type RecordRow } from '../db/record-tables';
import type { TillDb } from '../db/till-db';

/**
 * The till's RecordStore over IndexedDB. Every method only awaits Dexie operations, so it is safe
 * inside a Dexie transaction. Conflicts are the server's to keep; the till drops them.
 */
export function dexieRecordStore(db: TillDb): RecordStore {
  return {
    async load<E extends Entity>(entity: E, ids: readonly string[]) {
      const binding = recordTables[entity];
      const rows = await binding.table(db).bulkGet([...ids]);
      const out = new Map<string, Stored<EntityTypes[E]>>();
      for (const row of rows) if (row) out.set(row.id, binding.fromRow(row) as Stored<EntityTypes[E]>);
      return out;
    },
    async loadTabLines(tabId) {
      const rows = await db.tabLines.where('tabId').equals(tabId).toArray();
      return rows.map((row) => recordTables.tabLine.fromRow(row as unknown as RecordRow) as Stored<TabLineRecord>);
    },
    async save(writes) {
      const byEntity = new Map<Entity, RecordRow[]>();
      for (const w of writes.records) {
        const rows = byEntity.get(w.entity) ?? [];
        rows.push(recordTables[w.entity].toRow(w.stored));
        byEntity.set(w.entity, rows);
      }
      // Issued together: IndexedDB runs a transaction's requests in the order they were made, so
      // waiting for each table before the next would only add a round trip per table.
      const puts: Promise<unknown>[] = [...byEntity].map(([entity, rows]) => recordTables[entity].table(db).bulkPut(rows));
      if (writes.ledger.length) puts.push(db.stockMovements.bulkPut([...writes.ledger]));
      await Promise.all(puts);
    },
  };
}
