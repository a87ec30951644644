import { z } from 'zod';
import { changeDue, minorUnitsSchema, priceSale, PricingError, tenderSchema } from '@tillsafe/domain';
import { createOnce } from './merge';
import { applied, MutationRejected, writeStamp, type Mutator, type MutatorContext, type MutatorOutcome } from './mutator';
import type { SyncTx } from './overlay-tx';
import type { StockMovement } from './record-store';
import type { SaleRecord } from './records';
import { channelOfSale, completeSaleV2, saleCompleteV2ArgsSchema, saleCompleteV2Reads, type SaleCompleteV2Args } from './sale-complete-v2';

/** `sale.complete` as protocol 1 sends it (no `v`): cash only, priced from catalog prices. */
export const saleCompleteArgsSchema = z.object({
  v: z.literal(1).optional(),
  saleId: z.uuid(),
  receiptNo: z.string().min(1).max(40),
  channelId: z.uuid(),
  warehouseId: z.uuid(),
  lines: z
    .array(z.object({ lineId: z.uuid(), productId: z.uuid(), packId: z.uuid(), qty: z.int().min(1).max(10_000) }))
    .min(1)
    .max(500)
    // Each line is one stock ledger entry keyed by its lineId: a repeated id would drop units.
    .refine((lines) => new Set(lines.map((l) => l.lineId)).size === lines.length, 'each line needs its own lineId'),
  tenders: z.array(tenderSchema).min(1).max(10),
  /** What the till showed the customer; compared with the server's figure, never trusted. */
  clientTotal: minorUnitsSchema,
  soldAt: z.iso.datetime(),
});
export type SaleCompleteArgs = z.infer<typeof saleCompleteArgsSchema>;

/** Either version of the args, told apart by `v` (absent or 1: protocol 1; 2: protocol 2). */
export const saleCompleteAnyArgsSchema = z.discriminatedUnion('v', [saleCompleteArgsSchema, saleCompleteV2ArgsSchema]);
export type SaleCompleteAnyArgs = SaleCompleteArgs | SaleCompleteV2Args;

const isV2 = (args: SaleCompleteAnyArgs): args is SaleCompleteV2Args => args.v === 2;

/**
 * Completes a sale: an immutable record (created once, idempotent by id) and one stock ledger
 * entry per line. Protocol-2 args run sale-complete-v2.ts; protocol-1 args run as they always
 * have, so a till on an old build keeps selling.
 */
export const saleComplete: Mutator<SaleCompleteAnyArgs> = {
  name: 'sale.complete',
  args: saleCompleteAnyArgsSchema,
  capability: 'sale.create',
  reads: (args) =>
    isV2(args)
      ? saleCompleteV2Reads(args)
      : [
          { entity: 'sale', id: args.saleId, lock: false },
          { entity: 'channel', id: args.channelId, lock: false, readOnly: true },
          ...args.lines.map((l) => ({ entity: 'product' as const, id: l.productId, lock: false, readOnly: true })),
        ],
  ledgerRef: (args) => args.saleId,
  run: (tx, args, ctx) => (isV2(args) ? completeSaleV2(tx, args, ctx) : completeSaleV1(tx, args, ctx)),
};

/**
 * A protocol-1 sale. The sale happened, so a differing total or short tender is flagged, not
 * refused; only a sale that cannot be priced at all is rejected (and kept for a person to fix).
 */
async function completeSaleV1(tx: SyncTx, args: SaleCompleteArgs, ctx: MutatorContext): Promise<MutatorOutcome> {
  if (await tx.get('sale', args.saleId)) return { status: 'duplicate', code: 'ALREADY_EXISTS', message: `Sale ${args.saleId} is already recorded.` };
  const channel = await channelOfSale(tx, args, ctx);
  const products = await tx.getMany('product', args.lines.map((l) => l.productId));
  let priced;
  try {
    priced = priceSale(args.lines, (id) => products.get(id)?.data);
  } catch (error) {
    if (error instanceof PricingError) throw new MutationRejected(error.code, error.message);
    throw error;
  }
  const flags: string[] = [];
  if (priced.total !== args.clientTotal) flags.push(`TOTAL_MISMATCH: till ${args.clientTotal}, server ${priced.total}`);
  const paid = args.tenders.reduce((sum, t) => sum + t.amount, 0);
  if (paid < priced.total) flags.push(`UNDERPAID: paid ${paid} of ${priced.total}`);
  for (const line of args.lines) if (products.get(line.productId)?.data.active === false) flags.push(`INACTIVE_PRODUCT: ${line.productId}`);

  const sale: SaleRecord = {
    id: args.saleId,
    channelId: args.channelId,
    warehouseId: args.warehouseId,
    deviceId: ctx.deviceId,
    actorId: ctx.actorId,
    receiptNo: args.receiptNo,
    currency: channel.currency,
    lines: priced.lines.map((l, i) => ({ ...l, lineId: args.lines[i]!.lineId })),
    total: priced.total,
    taxTotal: priced.taxTotal,
    tenders: args.tenders,
    change: paid >= priced.total ? changeDue(priced.total, args.tenders) : 0,
    soldAt: args.soldAt,
    flags,
  };
  tx.put('sale', sale.id, createOnce(sale, writeStamp(ctx, 'sale', sale.id)));
  const moves: StockMovement[] = sale.lines.map((l) => ({
    id: l.lineId,
    warehouseId: args.warehouseId,
    productId: l.productId,
    delta: -l.units,
    reason: 'sale',
    refId: sale.id,
  }));
  tx.addLedger(moves);
  return applied;
}
