import { and, eq, inArray } from 'drizzle-orm';
import type { ChannelRecord, MutatorTx, ProductRecord, SaleRecord } from '@tillsafe/sync';
import type { Db } from '../db/database';
import { channels, products, sales, stockMovements } from '../db/schema';
import { toChannelRecord, toProductRecord, toSaleRecord } from './records';

/** The mutators' transaction port over drizzle, scoped to one tenant. */
export function serverTx(tx: Db, tenantId: string): MutatorTx {
  return {
    async getProducts(ids) {
      if (ids.length === 0) return new Map<string, ProductRecord>();
      const rows = await tx
        .select()
        .from(products)
        .where(and(eq(products.tenantId, tenantId), inArray(products.id, [...new Set(ids)])));
      return new Map(rows.map((r) => [r.id, toProductRecord(r)]));
    },
    async getChannel(id): Promise<ChannelRecord | undefined> {
      const [row] = await tx.select().from(channels).where(and(eq(channels.tenantId, tenantId), eq(channels.id, id)));
      return row ? toChannelRecord(row) : undefined;
    },
    async getSale(id): Promise<SaleRecord | undefined> {
      const [row] = await tx.select().from(sales).where(and(eq(sales.tenantId, tenantId), eq(sales.id, id)));
      return row ? toSaleRecord(row) : undefined;
    },
    async insertSale(sale) {
      await tx.insert(sales).values({ ...sale, soldAt: new Date(sale.soldAt), tenantId });
    },
    async addStockMovements(moves) {
      if (moves.length === 0) return;
      await tx.insert(stockMovements).values(moves.map((m) => ({ ...m, tenantId })));
    },
  };
}
