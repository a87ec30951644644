import type { Page } from 'playwright-core';

/** The till's IndexedDB database (apps/till/src/db/till-db.ts). */
export const TILL_DB = 'tillsafe';

/** How many rows one object store of the till's database holds, read straight from IndexedDB. */
export function countRows(page: Page, store: string): Promise<number> {
  return countInTill(page, { store });
}

/**
 * How many products the till holds, read straight from IndexedDB: those stored one per row and
 * those stored in chunks (schema version 10), each product once.
 */
export function countProducts(page: Page): Promise<number> {
  return countInTill(page, { products: true });
}

function countInTill(page: Page, what: { store: string } | { products: true }): Promise<number> {
  return page.evaluate(
    ({ dbName, what }) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open(dbName);
        open.onerror = () => {
          reject(new Error(`cannot open ${dbName}`));
        };
        open.onsuccess = () => {
          const db = open.result;
          const stores = 'store' in what ? [what.store] : ['products', 'productChunks'];
          const tx = db.transaction(stores);
          let counted: () => number;
          if ('store' in what) {
            const req = tx.objectStore(what.store).count();
            counted = () => req.result;
          } else {
            const rows = tx.objectStore('products').getAllKeys();
            const chunks = tx.objectStore('productChunks').getAll();
            counted = () => {
              const ids = new Set<IDBValidKey>(rows.result);
              for (const chunk of chunks.result as { ids: string[] }[]) for (const id of chunk.ids) ids.add(id);
              return ids.size;
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(counted());
          };
          tx.onerror = () => {
            db.close();
            reject(new Error(`cannot count ${stores.join(' and ')}`));
          };
        };
      }),
    { dbName: TILL_DB, what },
  );
}
