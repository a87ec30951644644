import type { TillDb } from '../../db/till-db';

/**
 * Deletes the till's whole IndexedDB database: enrolment (and its device token), catalog, sales,
 * outbox, rejections, printers and print queue. Other tabs of the till lose their connection
 * (Dexie closes on the `versionchange` a delete sends) and must be reloaded. The caller checks
 * the reset guard first and reloads the page afterwards, which lands on pairing.
 */
export async function wipeTillDatabase(db: TillDb): Promise<void> {
  await db.delete();
}
