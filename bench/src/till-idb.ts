import type { Page } from 'playwright-core';

/** The till's IndexedDB database (apps/till/src/db/till-db.ts). */
export const TILL_DB = 'tillsafe';

/** How many rows one object store of the till's database holds, read straight from IndexedDB. */
export function countRows(page: Page, store: string): Promise<number> {
  return page.evaluate(
    ({ dbName, storeName }) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open(dbName);
        open.onerror = () => {
          reject(new Error(`cannot open ${dbName}`));
        };
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction(storeName).objectStore(storeName).count();
          req.onsuccess = () => {
            db.close();
            resolve(req.result);
          };
          req.onerror = () => {
            db.close();
            reject(new Error(`cannot count ${storeName}`));
          };
        };
      }),
    { dbName: TILL_DB, storeName: store },
  );
}

/**
 * How many products the till holds, read straight from IndexedDB: those stored one per row and
 * those stored in chunks (schema version 10), each product once.
 */
export function countProducts(page: Page): Promise<number> {
  return page.evaluate(
    (dbName) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open(dbName);
        open.onerror = () => {
          reject(new Error(`cannot open ${dbName}`));
        };
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['products', 'productChunks']);
          const rows = tx.objectStore('products').getAllKeys();
          const chunks = tx.objectStore('productChunks').getAll();
          tx.oncomplete = () => {
            db.close();
            const ids = new Set<IDBValidKey>(rows.result);
            for (const chunk of chunks.result as { ids: string[] }[]) for (const id of chunk.ids) ids.add(id);
            resolve(ids.size);
          };
          tx.onerror = () => {
            db.close();
            reject(new Error('cannot read the products'));
          };
        };
      }),
    TILL_DB,
  );
}
