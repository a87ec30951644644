import type { PrintJob, PrintJobStore } from '@tillsafe/hardware';
import type { TillDb } from '../../db/till-db';

/**
 * The print queue's storage port over the till's `printJobs` table, so a queued receipt survives
 * a reload or a crash. Jobs go in as the queue made them (bytes as Uint8Array, which IndexedDB
 * stores natively); the queue parses them with its own schema when it restores.
 */
export function dexiePrintJobStore(db: TillDb): PrintJobStore {
  return {
    async save(job: PrintJob) {
      await db.printJobs.put(job);
    },
    async remove(id: string) {
      await db.printJobs.delete(id);
    },
    loadAll: () => db.printJobs.toArray(),
  };
}
