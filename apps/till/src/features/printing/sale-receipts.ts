import {
  drawerPulseBytes,
  layoutReceipt,
  openCashDrawer,
  printerProfile,
  receiptFromSale,
  renderReceipt,
  systemClock,
  type PrinterProfileInput,
  type PrintJob,
  type ReceiptLayout,
  type RenderedReceipt,
} from '@tillsafe/hardware';
import { uuidv7 } from '@tillsafe/sync';
import type { SaleRow } from '../../db/rows';
import type { TillDb } from '../../db/till-db';
import type { HardwareService } from './hardware-service';
import { loadReceiptContext, saleReceiptInput } from './sale-receipt';

/**
 * Receipts for stored sales. The sale is committed before any of this runs and nothing here is
 * awaited on the sale path: printing only enqueues, and the queue deals with the printer later.
 */
export async function renderSaleReceipt(db: TillDb, sale: SaleRow, profile: PrinterProfileInput, options: { copy?: boolean } = {}): Promise<RenderedReceipt> {
  const context = await loadReceiptContext(db, sale);
  return renderReceipt(receiptFromSale(saleReceiptInput(sale, context)), profile, options);
}

export const receiptLabel = (sale: Pick<SaleRow, 'receiptNo'>) => `Receipt ${sale.receiptNo}`;

/** Whether the sale took cash: a protocol-1 sale always did; a split tender when one payment is cash. */
export function tookCash(sale: Pick<SaleRow, 'payments'>): boolean {
  return sale.payments === undefined || sale.payments.some((p) => p.kind === 'cash');
}

/**
 * After a sale: its receipt on the receipt printer, with the drawer pulse in the same job when the
 * sale took cash (a card-only sale leaves the drawer shut). Without a receipt printer nothing is
 * queued (the sale-complete view says so). Problems become a notice.
 */
export async function printSaleReceipt(hardware: HardwareService, db: TillDb, sale: SaleRow): Promise<PrintJob | null> {
  if (tookCash(sale)) return printCashSaleReceipt(hardware, db, sale);
  const printer = hardware.deviceFor('receipt-printer');
  if (!printer) return null;
  try {
    const receipt = await renderSaleReceipt(db, sale, printer.profile);
    return hardware.queue.enqueue({ printerId: printer.id, kind: 'receipt', label: receiptLabel(sale), bytes: receipt.bytes, documentId: sale.id });
  } catch (error) {
    hardware.report('error', `Receipt ${sale.receiptNo} could not be printed: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

/** After a cash sale: the receipt and the drawer pulse, in one job, on the receipt printer. */
export async function printCashSaleReceipt(hardware: HardwareService, db: TillDb, sale: SaleRow): Promise<PrintJob | null> {
  const printer = hardware.deviceFor('receipt-printer');
  if (!printer) return null;
  try {
    const receipt = await renderSaleReceipt(db, sale, printer.profile);
    const opened = openCashDrawer(
      {
        reason: 'cash-tender',
        saleId: sale.id,
        actorId: sale.actorId,
        printerId: printer.id,
        pulse: drawerPulseBytes(printer.profile.language, printer.profile.drawer),
        can: () => true,
        receipt: { bytes: receipt.bytes, label: receiptLabel(sale) },
      },
      // The sale record itself is the audit of a cash-tender opening; the job says whether the pulse went out.
      { queue: hardware.queue, audit: { record: () => undefined }, clock: systemClock, newId: () => uuidv7() },
    );
    if (!opened.ok) throw opened.error;
    return opened.value;
  } catch (error) {
    hardware.report('error', `Receipt ${sale.receiptNo} could not be printed: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

/** The first receipt job of a sale (not a reprint), if it has been printed or queued. */
export function receiptJobOf(jobs: readonly PrintJob[], saleId: string): PrintJob | undefined {
  return jobs.find((job) => job.documentId === saleId && job.kind === 'receipt' && job.reprintOf === null);
}

/**
 * Print from history. A sale that has had a receipt before (or when `copy` says so) prints a copy
 * marked COPY, linked to its first receipt through the queue's reprint; one that never had a
 * receipt prints its first.
 */
export async function printSaleAgain(hardware: HardwareService, db: TillDb, sale: SaleRow, options: { copy?: boolean } = {}): Promise<PrintJob | null> {
  const printer = hardware.deviceFor('receipt-printer');
  if (!printer) {
    hardware.report('error', 'No receipt printer is set up. Add one under Printers & devices.');
    return null;
  }
  const jobs = hardware.queue.jobs();
  const original = receiptJobOf(jobs, sale.id);
  const copy = options.copy === true || jobs.some((job) => job.documentId === sale.id && job.kind === 'receipt');
  try {
    const receipt = await renderSaleReceipt(db, sale, printer.profile, { copy });
    if (original) {
      const reprinted = hardware.queue.reprint(original.id, { bytes: receipt.bytes, printerId: printer.id });
      if (!reprinted.ok) throw reprinted.error;
      return reprinted.value;
    }
    const label = copy ? `Reprint: ${receiptLabel(sale)}` : receiptLabel(sale);
    return hardware.queue.enqueue({ printerId: printer.id, kind: 'receipt', label, bytes: receipt.bytes, documentId: sale.id });
  } catch (error) {
    hardware.report('error', `Receipt ${sale.receiptNo} could not be printed: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

/** The rows of a sale's receipt for the screen: the same layout the printer would get. */
export async function saleReceiptLayout(db: TillDb, sale: SaleRow, profileInput: PrinterProfileInput, options: { copy?: boolean } = {}): Promise<ReceiptLayout> {
  const context = await loadReceiptContext(db, sale);
  const profile = printerProfile(profileInput);
  return layoutReceipt(receiptFromSale(saleReceiptInput(sale, context)), { paper: profile.paper, saleCode: profile.saleCode, copy: options.copy ?? false });
}
