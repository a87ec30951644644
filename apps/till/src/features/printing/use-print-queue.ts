import type { PrintJob } from '@tillsafe/hardware';
import { db, hardware } from '../../app/services';
import { printSaleAgain } from './sale-receipts';
import { isWaiting } from './status-text';
import { useHardware } from './use-hardware';

/** The print queue as the panel shows it: waiting jobs first, then the printed history. */
export function usePrintQueue() {
  const jobs = useHardware((s) => s.jobs);
  const devices = useHardware((s) => s.devices);
  return {
    waiting: jobs.filter(isWaiting),
    printed: jobs.filter((job) => !isWaiting(job)),
    printerName: (id: string) => devices.find((d) => d.id === id)?.label ?? 'Removed printer',
    retry: (job: PrintJob) => {
      hardware.queue.retry(job.printerId);
    },
    discard: (job: PrintJob) => {
      const result = hardware.queue.discard(job.id);
      if (!result.ok) hardware.report('error', result.error.message);
    },
    /** A sale's receipt is printed again from the sale, marked COPY; anything else as it was. */
    reprint: async (job: PrintJob) => {
      const sale = job.kind === 'receipt' && job.documentId ? await db.sales.get(job.documentId) : undefined;
      if (sale) {
        await printSaleAgain(hardware, db, sale, { copy: true });
        return;
      }
      const result = hardware.queue.reprint(job.id);
      if (!result.ok) hardware.report('error', result.error.message);
    },
  };
}
