import type { MinorUnits } from '@tillsafe/domain';
import { uuidv7, type SaleCompleteArgs } from '@tillsafe/sync';
import type { SaleRow } from '../../db/rows';
import type { TillDb } from '../../db/till-db';
import { commitMutation, type ArgsReader } from '../../sync-client/commit-mutation';
import { nextReceipt, ReceiptCounter, type NextReceipt } from './receipt-number';
import { storedSale } from './stored-sale';

/** A line of a protocol-1 sale: what was sold, how many. */
export interface CashSaleLine {
  productId: string;
  packId: string;
  qty: number;
}

export interface CashSaleInput {
  lines: readonly CashSaleLine[];
  tendered: MinorUnits;
  /** The total the cashier showed the customer; the server re-prices and compares. */
  clientTotal: MinorUnits;
}

/** A short code for this till on its bar and kitchen tickets: the last four hex digits of its device id. */
export function tillShortCode(deviceId: string): string {
  return deviceId.replace(/-/g, '').slice(-4).toUpperCase();
}

/**
 * Completes a cash sale as protocol 1 sends it (no `v`: priced from catalog prices, cash only), as
 * paying a tab still does: the tab screen prices with the catalog prices, and the server prices a
 * protocol-1 sale the same way. The sell screen completes its sales with complete-sale.ts.
 * Takes the next receipt number and commits `sale.complete` in one transaction (commitMutation's,
 * or the caller's, which it joins), so a refused sale uses up no receipt number and a stored sale
 * always has one. Each stored sale leaves a `sale.commit` performance measure.
 */
export async function completeCashSale(db: TillDb, input: CashSaleInput, now: () => Date = () => new Date()): Promise<SaleRow> {
  const started = performance.now();
  const sale = await storeCashSale(db, input, now);
  performance.measure('sale.commit', { start: started });
  return sale;
}

async function storeCashSale(db: TillDb, input: CashSaleInput, now: () => Date): Promise<SaleRow> {
  const soldAt = now();
  const saleId = uuidv7(soldAt.getTime());
  // The args wait for the receipt number, read inside commitMutation's transaction while it
  // reads its own counters, and the sale's channel and products with them: one round trip to
  // IndexedDB for all the reads. The counter is written there too, ahead of the sale.
  const counter = new ReceiptCounter();
  const args: ArgsReader = (tx, tables) => nextReceipt(tables, tx).then((receipt) => cashSaleArgs(counter.take(tables, receipt), saleId, input, soldAt));
  const { written } = await commitMutation(db, 'sale.complete', args, () => soldAt.getTime(), (enrolment) => [
    { entity: 'sale', id: saleId },
    { entity: 'channel', id: enrolment.channelId },
    ...input.lines.map((line) => ({ entity: 'product' as const, id: line.productId })),
  ]);
  return storedSale(written, saleId, counter);
}

function cashSaleArgs({ enrolment, receiptNo }: NextReceipt, saleId: string, input: CashSaleInput, soldAt: Date): SaleCompleteArgs {
  return {
    saleId,
    receiptNo,
    channelId: enrolment.channelId,
    warehouseId: enrolment.warehouseId,
    lines: input.lines.map((line) => ({ lineId: uuidv7(soldAt.getTime()), productId: line.productId, packId: line.packId, qty: line.qty })),
    tenders: [{ kind: 'cash', amount: input.tendered }],
    clientTotal: input.clientTotal,
    soldAt: soldAt.toISOString(),
  };
}
