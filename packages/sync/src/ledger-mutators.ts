import { z } from 'zod';
import { minorUnitsSchema } from '@tillsafe/domain';
import { createOnce } from './merge';
import { applied, approvingStaff, MutationRejected, writeStamp, type Mutator } from './mutator';
import { cashEventKinds, type CashEventRecord } from './records';

export const stockAdjustArgsSchema = z.object({
  movementId: z.uuid(),
  warehouseId: z.uuid(),
  productId: z.uuid(),
  delta: z.int().min(-1_000_000).max(1_000_000).refine((d) => d !== 0, 'a stock adjustment must change something'),
  note: z.string().max(200).default(''),
});
export type StockAdjustArgs = z.infer<typeof stockAdjustArgsSchema>;

/** A stock count correction: one more ledger entry, never an overwrite of the stock level. */
export const stockAdjust: Mutator<StockAdjustArgs> = {
  name: 'stock.adjust',
  args: stockAdjustArgsSchema,
  capability: 'stock.adjust',
  reads: (args) => [{ entity: 'product', id: args.productId, lock: false, readOnly: true }],
  ledgerRef: (args) => args.movementId,
  async run(tx, args, ctx) {
    if (args.warehouseId !== ctx.warehouseId) throw new MutationRejected('WRONG_CHANNEL', 'This till may only adjust the stock of its own warehouse.');
    if (!(await tx.get('product', args.productId))) throw new MutationRejected('UNKNOWN_PRODUCT', `Product ${args.productId} is not in the catalog.`);
    tx.addLedger([{ id: args.movementId, warehouseId: args.warehouseId, productId: args.productId, delta: args.delta, reason: 'adjust', refId: args.movementId }]);
    return applied;
  },
};

export const cashEventArgsSchema = z.object({
  eventId: z.uuid(),
  kind: z.enum(cashEventKinds),
  amount: minorUnitsSchema.min(0),
  note: z.string().max(200).default(''),
  /**
   * The manager who approved a no-sale the actor may not do alone (PIN at the till). Absent on
   * tills older than manager approval: null.
   */
  approverId: z.uuid().nullable().default(null),
});
export type CashEventArgs = z.infer<typeof cashEventArgsSchema>;

/**
 * Cash in or out of the drawer without a sale. A no-sale opening needs drawer.open.nosale: held
 * by the actor, or by the approving manager named in `approverId` (then the actor needs only
 * cash.event, and the approver is checked here against the synced staff).
 */
export const cashEvent: Mutator<CashEventArgs> = {
  name: 'cash.event',
  args: cashEventArgsSchema,
  capability: (args) => (args.kind === 'no_sale' && args.approverId === null ? 'drawer.open.nosale' : 'cash.event'),
  reads: (args) => [
    { entity: 'cashEvent', id: args.eventId, lock: false },
    ...(args.approverId ? [{ entity: 'staff' as const, id: args.approverId, lock: false, readOnly: true }] : []),
  ],
  async run(tx, args, ctx) {
    if (await tx.get('cashEvent', args.eventId)) return { status: 'duplicate', code: 'ALREADY_EXISTS', message: `Cash event ${args.eventId} is already recorded.` };
    if (args.approverId !== null) await approvingStaff(tx, args.approverId, 'drawer.open.nosale', 'opening the drawer without a sale');
    const event: CashEventRecord = {
      id: args.eventId,
      channelId: ctx.channelId,
      deviceId: ctx.deviceId,
      actorId: ctx.actorId,
      kind: args.kind,
      amount: args.kind === 'no_sale' ? 0 : args.amount,
      note: args.note,
      approverId: args.approverId,
      at: ctx.now,
    };
    tx.put('cashEvent', event.id, createOnce(event, writeStamp(ctx, 'cashEvent', event.id)));
    return applied;
  },
};
