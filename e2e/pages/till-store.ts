import type { Page } from '@playwright/test';

/**
 * Every row of one object store of the till's database, read straight from IndexedDB in the
 * page: what the till stored, not what it shows (apps/till/src/db/till-db.ts names the stores).
 */
export function tillRows<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('tillsafe');
        open.onerror = () => {
          reject(new Error('cannot open the till database'));
        };
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
          request.onerror = () => {
            open.result.close();
            reject(new Error(`cannot read ${name}`));
          };
        };
      }),
    store,
  ) as Promise<T[]>;
}

/** One value the till keeps in its `meta` store (the enrolment, the wrong PINs…), undefined when it has none. */
export async function tillMeta<T>(page: Page, key: string): Promise<T | undefined> {
  const rows = await tillRows<{ key: string; value: T }>(page, 'meta');
  return rows.find((row) => row.key === key)?.value;
}
