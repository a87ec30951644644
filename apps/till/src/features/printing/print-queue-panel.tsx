import { useState } from 'react';
import { hardware } from '../../app/services';
import { ModalDialog } from '../../lib/modal-dialog';
import { PrintJobRow } from './print-job-row';
import { PrinterStrip } from './printer-strip';
import { RecentReceipts } from './recent-receipts';
import { useHardware } from './use-hardware';
import { usePrintQueue } from './use-print-queue';

type Tab = 'queue' | 'receipts';

/**
 * Everything about printing in one panel: the printers, the queue (waiting prints with Retry and
 * Discard, printed ones with Reprint) and the recent receipts with their preview.
 */
export function PrintQueuePanel({ onClose, locale }: { onClose: () => void; locale: string }) {
  const queue = usePrintQueue();
  const notice = useHardware((s) => s.notice);
  const [tab, setTab] = useState<Tab>(queue.waiting.length > 0 ? 'queue' : 'receipts');
  const tabButton = (id: Tab, label: string, count?: number) => (
    <button
      type="button"
      role="tab"
      id={`print-tab-${id}`}
      aria-controls={`print-panel-${id}`}
      aria-selected={tab === id}
      className="tab"
      onClick={() => {
        setTab(id);
      }}
    >
      {label}
      {count ? <span className="tab-count">{count}</span> : null}
    </button>
  );

  return (
    <ModalDialog label="Printing" onClose={onClose} className="print-panel" dismissOnBackdrop>
      <header className="modal-header">
        <h2>Printing</h2>
        <button type="button" className="btn btn-ghost btn-icon" aria-label="Close" onClick={onClose}>
          ✕
        </button>
      </header>
      {notice ? (
        <div className={notice.tone === 'error' ? 'notice notice-error' : 'notice'} role="alert">
          <span>{notice.text}</span>
          <button
            type="button"
            className="btn btn-ghost btn-sm"
            onClick={() => {
              hardware.dismissNotice();
            }}
          >
            Dismiss
          </button>
        </div>
      ) : null}
      <PrinterStrip />
      <div className="tabs" role="tablist" aria-label="Printing">
        {tabButton('queue', 'Print queue', queue.waiting.length)}
        {tabButton('receipts', 'Recent receipts')}
      </div>
      {tab === 'queue' ? (
        <section id="print-panel-queue" role="tabpanel" aria-labelledby="print-tab-queue" className="tab-panel">
          {queue.waiting.length === 0 && queue.printed.length === 0 ? (
            <p className="muted panel-pad">Nothing has been printed yet.</p>
          ) : (
            <>
              {queue.waiting.length > 0 ? <h3 className="panel-subhead">Waiting ({queue.waiting.length})</h3> : null}
              <ul className="job-list" aria-label="Waiting prints">
                {queue.waiting.map((job) => (
                  <PrintJobRow
                    key={job.id}
                    job={job}
                    printerName={queue.printerName(job.printerId)}
                    onRetry={() => {
                      queue.retry(job);
                    }}
                    onDiscard={() => {
                      queue.discard(job);
                    }}
                    onReprint={() => undefined}
                  />
                ))}
              </ul>
              {queue.printed.length > 0 ? <h3 className="panel-subhead">Printed</h3> : null}
              <ul className="job-list" aria-label="Printed">
                {queue.printed.map((job) => (
                  <PrintJobRow
                    key={job.id}
                    job={job}
                    printerName={queue.printerName(job.printerId)}
                    onRetry={() => undefined}
                    onDiscard={() => undefined}
                    onReprint={() => {
                      void queue.reprint(job);
                    }}
                  />
                ))}
              </ul>
            </>
          )}
        </section>
      ) : (
        <section id="print-panel-receipts" role="tabpanel" aria-labelledby="print-tab-receipts" className="tab-panel">
          <RecentReceipts locale={locale} />
        </section>
      )}
    </ModalDialog>
  );
}
