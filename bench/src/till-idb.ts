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
