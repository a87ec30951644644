import type { AnyEntity, Entity, EntityTypes, RecordStore, Stored, TabLineRecord } from '@tillsafe/sync';
import { loadRecords, recordTables, type RecordRow } from '../db/record-tables';
import type { TillTables } from '../db/till-tables';
import { dexieSellingStore } from './dexie-selling-store';

/**
 * The till's RecordStore over IndexedDB, through its tables as a Dexie transaction or a native one
 * offers them (TillTables). Every method only awaits those tables' requests, so it is safe inside
 * either transaction. Conflicts are the server's to keep; the till drops them. It keeps
 * the selling records too (schema version 4), so protocol-2 mutators run here as on the server.
 */
export function dexieRecordStore(db: TillTables): RecordStore {
  return {
    load: async <E extends Entity>(entity: E, ids: readonly string[]) => (await loadRecords(db, entity, ids)) as Map<string, Stored<EntityTypes[E]>>,
    async loadTabLines(tabId) {
      const rows = await db.tabLines.where('tabId').equals(tabId).toArray();
      return rows.map((row) => recordTables.tabLine.fromRow(row as unknown as RecordRow) as Stored<TabLineRecord>);
    },
    async save(writes) {
      const byEntity = new Map<AnyEntity, RecordRow[]>();
      for (const w of [...writes.records, ...(writes.selling ?? [])]) {
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
    selling: dexieSellingStore(db),
  };
}
