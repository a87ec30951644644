import { priceSale } from '@tillsafe/domain';
import { uuidv7, type EnrollResponse, type SaleCompleteArgs } from '@tillsafe/sync';
import { buildDemoCatalog } from '../seed/demo-catalog';

const catalog = buildDemoCatalog();
const active = catalog.products.filter((p) => p.active);

/** A valid `sale.complete` for the demo store: `lines` products at index `offset…`, one of each, paid in cash. */
export function saleArgs(till: EnrollResponse, options: { offset?: number; lines?: number; clientTotal?: number } = {}): SaleCompleteArgs {
  const offset = options.offset ?? 0;
  const picked = active.slice(offset, offset + (options.lines ?? 3));
  const lines = picked.map((p) => ({ lineId: uuidv7(), productId: p.id, packId: p.packs[0]!.id, qty: 1 }));
  const { total } = priceSale(lines, (id) => picked.find((p) => p.id === id));
  return {
    saleId: uuidv7(),
    receiptNo: `T-${offset}`,
    channelId: till.channelId,
    warehouseId: till.warehouseId,
    lines,
    tenders: [{ kind: 'cash', amount: total + 1000 }],
    clientTotal: options.clientTotal ?? total,
    soldAt: new Date().toISOString(),
  };
}
