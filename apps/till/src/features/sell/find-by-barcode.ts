import type { Pack } from '@tillsafe/domain';
import type { ProductRecord } from '@tillsafe/sync';
import { fromProductRow } from '../../db/rows';
import type { TillDb } from '../../db/till-db';

/** The product and pack a scanned barcode names, through the multi-entry barcode index. */
export async function findByBarcode(db: TillDb, code: string): Promise<{ product: ProductRecord; pack: Pack } | undefined> {
  const barcode = code.trim();
  if (!barcode) return undefined;
  const rows = await db.products.where('barcodes').equals(barcode).toArray();
  for (const row of rows) {
    const pack = row.packs.find((p) => p.barcodes.includes(barcode));
    if (row.active && pack) return { product: fromProductRow(row), pack };
  }
  return undefined;
}
