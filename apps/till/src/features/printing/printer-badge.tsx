import { useState } from 'react';
import { PrintQueuePanel } from './print-queue-panel';
import { isPrinter } from './till-device';
import { useHardware } from './use-hardware';

/**
 * The printer in the top bar: ready, prints waiting, or a problem. A tap opens the print queue;
 * a waiting receipt never blocks the next sale, but the cashier can always see it.
 */
export function PrinterBadge({ locale }: { locale: string }) {
  const [open, setOpen] = useState(false);
  const waiting = useHardware((s) => s.jobs.filter((j) => j.state !== 'done').length);
  const failed = useHardware((s) => s.jobs.some((j) => j.state === 'failed' || (j.state === 'queued' && j.lastError !== null)));
  const receipt = useHardware((s) => s.devices.find((d) => d.role === 'receipt-printer') ?? s.devices.find(isPrinter));
  const link = useHardware((s) => (receipt ? s.links[receipt.id] : undefined));

  let tone: 'ok' | 'pending' | 'problem' | 'none';
  let text: string;
  if (!receipt) {
    tone = waiting > 0 ? 'problem' : 'none';
    text = 'No printer';
  } else if (link?.status === 'connected' && link.paper === 'out') {
    tone = 'problem';
    text = 'Out of paper';
  } else if (link?.status === 'not-connected' || link?.status === 'unsupported') {
    tone = 'problem';
    text = 'Printer offline';
  } else if (failed || link?.status === 'error') {
    tone = 'problem';
    text = 'Printer problem';
  } else if (waiting > 0) {
    tone = 'pending';
    text = 'Printing';
  } else {
    tone = 'ok';
    text = 'Printer ready';
  }

  return (
    <>
      <button
        type="button"
        className={`printer-badge printer-badge-${tone}`}
        aria-haspopup="dialog"
        aria-label={`Printing: ${text}${waiting ? `, ${waiting} waiting` : ''}`}
        title={`${text}${waiting ? ` · ${waiting} waiting` : ''}`}
        onClick={() => {
          setOpen(true);
        }}
      >
        <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M7 9V3h10v6M7 17H4v-6a2 2 0 0 1 2-2h12a2 2 0 0 1 2 2v6h-3M7 14h10v7H7z" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round" />
        </svg>
        {/* Quiet when all is well (the icon's colour says so); words only when it needs a look. */}
        {tone === 'problem' ? <span>{text}</span> : null}
        {waiting > 0 ? <span className="printer-badge-count">{waiting}</span> : null}
      </button>
      {open ? (
        <PrintQueuePanel
          locale={locale}
          onClose={() => {
            setOpen(false);
          }}
        />
      ) : null}
    </>
  );
}
