import type { MinorUnits } from '@tillsafe/domain';
import { uuidv7, type SaleCompleteArgs } from '@tillsafe/sync';
import { getMeta, setMeta } from '../../db/meta';
import type { SaleRow } from '../../db/rows';
import type { TillDb } from '../../db/till-db';
import { commitMutation, commitTables } from '../../sync-client/commit-mutation';
import { TillError } from '../../sync-client/till-error';
import type { CartLine } from '../sell/cart-store';

export interface CashSaleInput {
  lines: readonly CartLine[];
  tendered: MinorUnits;
  /** The total the cashier showed the customer; the server re-prices and compares. */
  clientTotal: MinorUnits;
}

/** A short code for this till on its receipts: the last four hex digits of its device id. */
export function tillShortCode(deviceId: string): string {
  return deviceId.replace(/-/g, '').slice(-4).toUpperCase();
}

export function receiptNumber(deviceId: string, counter: number): string {
  return `${tillShortCode(deviceId)}-${counter.toString().padStart(6, '0')}`;
}

/**
 * Completes a cash sale: takes the next receipt number and commits `sale.complete` in one
 * transaction (commitMutation's transaction joins this one), so a refused sale uses up no
 * receipt number and a stored sale always has one. Each stored sale leaves a `sale.commit`
 * performance measure (how long storing it took), for DevTools' Performance panel and the bench.
 */
export async function completeCashSale(db: TillDb, input: CashSaleInput, now: () => Date = () => new Date()): Promise<SaleRow> {
  const started = performance.now();
  const sale = await storeCashSale(db, input, now);
  performance.measure('sale.commit', { start: started });
  return sale;
}

function storeCashSale(db: TillDb, input: CashSaleInput, now: () => Date): Promise<SaleRow> {
  return db.transaction('rw', commitTables(db), async () => {
    const enrolment = await getMeta(db, 'enrolment');
    if (!enrolment) throw new TillError('NOT_ENROLLED', 'This till is not paired yet.');
    const counter = ((await getMeta(db, 'receiptCounter')) ?? 0) + 1;
    await setMeta(db, 'receiptCounter', counter);
    const soldAt = now();
    const args: SaleCompleteArgs = {
      saleId: uuidv7(soldAt.getTime()),
      receiptNo: receiptNumber(enrolment.deviceId, counter),
      channelId: enrolment.channelId,
      warehouseId: enrolment.warehouseId,
      lines: input.lines.map((line) => ({ lineId: uuidv7(soldAt.getTime()), productId: line.productId, packId: line.packId, qty: line.qty })),
      tenders: [{ kind: 'cash', amount: input.tendered }],
      clientTotal: input.clientTotal,
      soldAt: soldAt.toISOString(),
    };
    await commitMutation(db, 'sale.complete', args, () => soldAt.getTime());
    const sale = await db.sales.get(args.saleId);
    if (!sale) throw new Error(`Sale ${args.saleId} was not stored.`);
    return sale;
  });
}
