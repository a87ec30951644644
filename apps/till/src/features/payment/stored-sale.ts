import type { WriteSet } from '@tillsafe/sync';
import { recordTables } from '../../db/record-tables';
import type { SaleRow } from '../../db/rows';
import type { ReceiptCounter } from './receipt-number';

/**
 * The sale as its mutation stored it, once its receipt counter is stored too: taken from what the
 * commit wrote, without reading it back.
 */
export async function storedSale(written: WriteSet, saleId: string, counter: ReceiptCounter): Promise<SaleRow> {
  await counter.stored();
  const stored = written.records.find((w) => w.entity === 'sale' && w.id === saleId);
  if (!stored) throw new Error(`Sale ${saleId} was not stored.`);
  return recordTables.sale.toRow(stored.stored) as SaleRow;
}
