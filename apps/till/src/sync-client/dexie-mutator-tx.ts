import type { MutatorTx, ProductRecord } from '@tillsafe/sync';
import { fromProductRow } from '../db/rows';
import { omit } from '../lib/omit';
import type { TillDb } from '../db/till-db';

/** The tables a mutator may touch; a mutation's Dexie transaction must include all of them. */
export function mutatorTables(db: TillDb) {
  return [db.channels, db.products, db.sales, db.stockMovements];
}

/**
 * The till's side of the mutator port: the optimistic run reads and writes IndexedDB. Every
 * method only awaits Dexie operations, so it is safe inside a Dexie transaction.
 */
export function dexieMutatorTx(db: TillDb): MutatorTx {
  return {
    async getProducts(ids) {
      const rows = await db.products.bulkGet([...ids]);
      const found = new Map<string, ProductRecord>();
      for (const row of rows) if (row) found.set(row.id, fromProductRow(row));
      return found;
    },
    async getChannel(id) {
      const row = await db.channels.get(id);
      return row && omit(row, 'version');
    },
    async getSale(id) {
      const row = await db.sales.get(id);
      return row && omit(row, 'version');
    },
    async insertSale(sale) {
      await db.sales.add(sale);
    },
    async addStockMovements(moves) {
      await db.stockMovements.bulkAdd([...moves]);
    },
  };
}
