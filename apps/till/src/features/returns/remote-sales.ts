import { emptyMeta, type SaleLookupResponse } from '@tillsafe/sync';
import { getMeta } from '../../db/meta';
import { recordTables } from '../../db/record-tables';
import type { SaleRow } from '../../db/rows';
import type { TillDb } from '../../db/till-db';
import { ApiError, NetworkError, type SaleLookupApi } from '../../sync-client/api-client';
import type { SaleQuery } from './find-sales';
import type { RemoteSaleLookup } from './use-sale-finder';

/**
 * Asks the server for the sales a return is looking for when the till holds none, and keeps what
 * it finds — each sale with every refund of it — on the till, as a pull would have brought them:
 * `refund.create` then plans the refund on the till from the same sale and refunds the server
 * will use. Sales and refunds are immutable, so a copy already here is left as it is. Answers
 * undefined when the till is offline (or the server cannot be reached): the cashier is told so.
 */
export function remoteSaleLookup(db: TillDb, api: SaleLookupApi, online: () => boolean): RemoteSaleLookup {
  return async (query) => {
    if (!online()) return undefined;
    const enrolment = await getMeta(db, 'enrolment');
    if (!enrolment) return undefined;
    const params = paramsOf(query);
    if (!params) return [];
    let found: SaleLookupResponse;
    try {
      found = await api.lookUpSales(enrolment.deviceToken, params);
    } catch (error) {
      if (error instanceof NetworkError) return undefined;
      if (error instanceof ApiError && error.code === 'SALE_NOT_FOUND') return [];
      throw error;
    }
    return keep(db, found);
  };
}

/** The server answers for at most this many customers at once. */
const MAX_CUSTOMERS_ASKED = 20;

/** The server's parameters for a question the till asked itself; undefined when it cannot match anything. */
export function paramsOf(query: SaleQuery): Record<string, string> | undefined {
  if ('saleId' in query) return { id: query.saleId };
  if ('receiptNo' in query) return { receiptNo: query.receiptNo };
  if (query.customerIds?.length === 0) return undefined;
  return {
    ...(query.from ? { from: query.from, to: query.to } : {}),
    ...(query.customerIds ? { customerIds: query.customerIds.slice(0, MAX_CUSTOMERS_ASKED).join(',') } : {}),
  };
}

async function keep(db: TillDb, found: SaleLookupResponse): Promise<SaleRow[]> {
  const meta = emptyMeta();
  const sales = found.sales.map(({ sale }) => recordTables.sale.toRow({ data: sale, meta }) as SaleRow);
  const refunds = found.sales.flatMap(({ refunds }) => refunds.map((refund) => recordTables.refund.toRow({ data: refund, meta })));
  await db.transaction('rw', [db.sales, db.refunds], async () => {
    const [heldSales, heldRefunds] = await Promise.all([db.sales.bulkGet(sales.map((s) => s.id)), db.refunds.bulkGet(refunds.map((r) => r.id))]);
    await Promise.all([db.sales.bulkPut(sales.filter((_, i) => !heldSales[i])), db.refunds.bulkPut(refunds.filter((_, i) => !heldRefunds[i]) as never)]);
  });
  return sales;
}
