import { and, desc, eq, gte, inArray, lt, type SQL } from 'drizzle-orm';
import { MAX_SALES_LOOKED_UP, type SaleLookupQuery, type SaleLookupResponse } from '@tillsafe/sync';
import type { DeviceIdentity } from '../auth/device-auth';
import type { Db } from '../db/database';
import { sales } from '../db/schema';
import { refunds } from '../db/selling-schema';
import { ApiError } from '../errors';
import { toRefundRecord, toSaleRecord } from './records';

/**
 * A till's question about sales for a return, answered from the whole business (any of its
 * stores): a return may come back to another store than the one that sold it. The tenant filter
 * here and row-level security both keep it inside the till's own business, so another business's
 * sale id finds nothing — answered 404 like an id that never existed. A sale asked for by id or
 * receipt number and not found is a 404 (SALE_NOT_FOUND); a range or customer with no sales is an
 * empty list. Sales newest first, each with every refund of it.
 */
export async function lookUpSales(db: Db, device: DeviceIdentity, query: SaleLookupQuery): Promise<SaleLookupResponse> {
  const where: SQL[] = [eq(sales.tenantId, device.tenantId)];
  if (query.id !== undefined) where.push(eq(sales.id, query.id));
  if (query.receiptNo !== undefined) where.push(eq(sales.receiptNo, query.receiptNo));
  if (query.from !== undefined) where.push(gte(sales.soldAt, new Date(query.from)));
  if (query.to !== undefined) where.push(lt(sales.soldAt, new Date(query.to)));
  if (query.customerIds !== undefined) where.push(inArray(sales.customerId, query.customerIds));
  const rows = await db
    .select()
    .from(sales)
    .where(and(...where))
    .orderBy(desc(sales.soldAt))
    .limit(MAX_SALES_LOOKED_UP);
  if (rows.length === 0 && (query.id !== undefined || query.receiptNo !== undefined)) {
    const what = query.id !== undefined ? `the id ${query.id}` : `the receipt number ${query.receiptNo}`;
    throw new ApiError('SALE_NOT_FOUND', `No sale of this business has ${what}.`);
  }
  const ids = rows.map((r) => r.id);
  const refundRows = ids.length ? await db.select().from(refunds).where(and(eq(refunds.tenantId, device.tenantId), inArray(refunds.saleId, ids))) : [];
  return {
    sales: rows.map((row) => ({ sale: toSaleRecord(row), refunds: refundRows.filter((r) => r.saleId === row.id).map(toRefundRecord) })),
  };
}
