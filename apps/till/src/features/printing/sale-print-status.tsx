import { db, hardware } from '../../app/services';
import type { SaleRow } from '../../db/rows';
import { printSaleAgain } from './sale-receipts';
import { StatusPill } from './status-pill';
import type { Tone } from './status-text';
import { useHardware } from './use-hardware';

/**
 * Under "Sale complete": where the receipt is (queued, printed, waiting for the printer) and what
 * the cashier can do about it. The sale is stored whatever this says.
 */
export function SalePrintStatus({ sale }: { sale: SaleRow }) {
  const printer = useHardware((s) => s.devices.find((d) => d.role === 'receipt-printer'));
  const job = useHardware((s) => s.jobs.find((j) => j.documentId === sale.id && j.kind === 'receipt'));
  const notice = useHardware((s) => (s.notice?.text.includes(sale.receiptNo) ? s.notice.text : undefined));

  let tone: Tone;
  let text: string;
  let action: { label: string; run: () => void } | undefined;
  const printAgain = (copy: boolean) => () => {
    void printSaleAgain(hardware, db, sale, { copy });
  };
  if (!printer) {
    tone = 'warn';
    text = 'No receipt printer is set up: print the receipt through this device, or later from the print queue.';
  } else if (!job) {
    tone = notice ? 'bad' : 'busy';
    text = notice ?? `Sending the receipt to ${printer.label}…`;
    action = notice ? { label: 'Print receipt', run: printAgain(false) } : undefined;
  } else if (job.state === 'done') {
    tone = 'ok';
    text = `Receipt printed on ${printer.label}${job.drawerOpened ? ', drawer opened' : ''}.`;
    action = { label: 'Reprint', run: printAgain(true) };
  } else if (job.state === 'failed' || job.lastError) {
    tone = job.state === 'failed' ? 'bad' : 'warn';
    // The queue's sentences already say what happens next; a failed job waits for a person.
    text = `${job.lastError?.message ?? 'The receipt has not printed.'}${job.state === 'failed' ? ' Retry when the printer is ready.' : ''}`;
    action = {
      label: 'Retry now',
      run: () => {
        hardware.queue.retry(job.printerId);
      },
    };
  } else {
    tone = 'busy';
    text = `Printing on ${printer.label}…`;
  }

  return (
    <div className={`sale-print sale-print-${tone}`}>
      <div className="sale-print-text" role="status" aria-label="Receipt">
        <StatusPill tone={tone} text={tone === 'ok' ? 'Printed' : tone === 'busy' ? 'Printing' : tone === 'warn' ? 'Not yet printed' : 'Not printed'} />
        <span>{text}</span>
      </div>
      <div className="sale-print-actions">
        {action ? (
          <button type="button" className="btn btn-ghost btn-sm" onClick={action.run}>
            {action.label}
          </button>
        ) : null}
      </div>
    </div>
  );
}
