import { formatMoney } from '@tillsafe/domain';
import { useState } from 'react';
import { db, hardware } from '../../app/services';
import { useTillSession } from '../../app/till-session-store';
import type { SaleRow } from '../../db/rows';
import { useLiveQuery } from '../../lib/use-live-query';
import { ReceiptPaper } from './receipt-paper';
import { printSaleAgain } from './sale-receipts';
import { shortTime } from './status-text';
import { useHardware } from './use-hardware';
import { useSaleReceiptLayout } from './use-sale-receipt-layout';

const RECENT = 30;

function itemCount(sale: SaleRow): string {
  const n = sale.lines.reduce((sum, line) => sum + line.qty, 0);
  return n === 1 ? '1 item' : `${n} items`;
}

/** This till's latest sales with their receipts: pick one to see it, print it again as a copy. */
export function RecentReceipts({ locale }: { locale: string }) {
  const deviceId = useTillSession((s) => s.enrolment?.deviceId);
  const sales = useLiveQuery(
    () =>
      db.sales
        .orderBy('soldAt')
        .reverse()
        .filter((sale) => sale.deviceId === deviceId)
        .limit(RECENT)
        .toArray(),
    [deviceId],
  );
  const [selectedId, setSelectedId] = useState<string | undefined>(undefined);
  const selected = sales?.find((s) => s.id === selectedId) ?? sales?.[0];

  if (!sales) return <p className="muted panel-pad">Loading…</p>;
  if (sales.length === 0) return <p className="muted panel-pad">No sales on this till yet. Receipts of completed sales appear here.</p>;
  return (
    <div className="receipts">
      <ul className="receipt-list" aria-label="Recent sales">
        {sales.map((sale) => (
          <li key={sale.id}>
            <button
              type="button"
              className="receipt-item"
              aria-pressed={sale.id === selected?.id}
              onClick={() => {
                setSelectedId(sale.id);
              }}
            >
              <span className="receipt-item-no">{sale.receiptNo}</span>
              <span className="receipt-item-total">{formatMoney(sale.total, sale.currency, locale)}</span>
              <span className="receipt-item-meta">
                {shortTime(Date.parse(sale.soldAt))} · {itemCount(sale)}
              </span>
              <PrintedMark saleId={sale.id} />
            </button>
          </li>
        ))}
      </ul>
      {selected ? <SelectedReceipt sale={selected} /> : null}
    </div>
  );
}

function PrintedMark({ saleId }: { saleId: string }) {
  const jobs = useHardware((s) => s.jobs);
  const receipt = jobs.filter((j) => j.documentId === saleId && j.kind === 'receipt');
  if (receipt.length === 0) return <span className="receipt-item-state">Not printed</span>;
  if (receipt.some((j) => j.state === 'done')) return <span className="receipt-item-state receipt-item-ok">Printed</span>;
  return <span className="receipt-item-state receipt-item-warn">Waiting</span>;
}

function SelectedReceipt({ sale }: { sale: SaleRow }) {
  const { layout, error } = useSaleReceiptLayout(sale);
  const printer = useHardware((s) => s.devices.find((d) => d.role === 'receipt-printer'));
  const jobs = useHardware((s) => s.jobs);
  const receiptJobs = jobs.filter((j) => j.documentId === sale.id && j.kind === 'receipt');
  const printed = receiptJobs.some((j) => j.state === 'done');
  const waiting = receiptJobs.find((j) => j.state !== 'done');
  const action = waiting
    ? {
        label: 'Print now',
        run: () => {
          hardware.queue.retry(waiting.printerId);
        },
      }
    : {
        label: printed ? 'Reprint (copy)' : 'Print receipt',
        run: () => {
          void printSaleAgain(hardware, db, sale, { copy: printed });
        },
      };
  return (
    <div className="receipt-pane">
      <div className="receipt-pane-scroll">
        {layout ? <ReceiptPaper layout={layout} label={`Receipt ${sale.receiptNo}`} size="sm" /> : null}
        {error ? <p className="alert">{error}</p> : null}
      </div>
      <div className="receipt-pane-actions">
        <button type="button" className="btn btn-primary btn-block" disabled={!printer} onClick={action.run}>
          {action.label}
        </button>
        {printer ? null : <p className="muted receipt-pane-hint">Set up a receipt printer to print.</p>}
      </div>
    </div>
  );
}
