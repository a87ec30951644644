import { z } from 'zod';
import { can, MAX_LINE_QTY, mulDivRounded, planRefund, refundDispositionSchema, refundRecordOf, type PricedCart, type Role } from '@tillsafe/domain';
import { derivedUuid } from './ids';
import { createOnce } from './merge';
import { applied, approvingStaff, channelSellingSettings, MutationRejected, writeStamp, type Mutator } from './mutator';
import type { StockMovement } from './record-store';
import type { SaleRecord } from './records';
import { earnEntryId, redeemEntryId } from './sale-loyalty';
import type { LoyaltyEntryRecord, StoredRefund } from './selling-records';

export const refundCreateArgsSchema = z.object({
  refundId: z.uuid(),
  saleId: z.uuid(),
  lines: z
    .array(z.object({ lineId: z.uuid(), qty: z.int().min(1).max(MAX_LINE_QTY), disposition: refundDispositionSchema }))
    .min(1)
    .max(500),
  /** Back to the sale's own tenders (cards by their terminal reference, points as points) or all in cash. */
  to: z.enum(['original', 'cash']),
  /** Whether the customer showed the receipt; without it the actor needs `refund.no_receipt`. */
  withReceipt: z.boolean(),
  /** When, with the store's UTC offset. */
  refundedAt: z.iso.datetime({ offset: true }),
  /**
   * The manager who approved, with their PIN at the till, a refund without the receipt that the
   * actor may not do alone. Absent on tills older than manager approval.
   */
  approverId: z.uuid().nullable().optional(),
});
export type RefundCreateArgs = z.infer<typeof refundCreateArgsSchema>;

/**
 * A sale's priced cart: what a protocol-2 sale kept, or a protocol-1 sale's lines as the cart they
 * were (tax included, no deposits, no discounts), so either can be refunded.
 */
export function pricedCartOfSale(sale: SaleRecord): PricedCart {
  if (sale.priced) return sale.priced;
  const lines = sale.lines.map((l) => ({
    lineId: l.lineId,
    productId: l.productId,
    packId: l.packId,
    name: l.name,
    packName: l.packName,
    qty: l.qty,
    packUnits: l.units / l.qty,
    units: l.units,
    unitPrice: l.unitPrice,
    priceListId: null,
    grossAmount: l.lineTotal,
    adjustments: [],
    discountTotal: 0,
    netAmount: l.lineTotal,
    taxCategoryId: '',
    taxRateBp: 0,
    taxInclusive: true,
    tax: l.tax,
    total: l.lineTotal,
  }));
  return { currency: sale.currency, at: sale.soldAt, lines, deposits: [], taxSummary: [], subtotal: sale.total, discountTotal: 0, taxTotal: sale.taxTotal, depositTotal: 0, total: sale.total };
}

/**
 * Refunds lines of a sale made on any till. Without the receipt the actor needs refund.no_receipt,
 * or a manager's approval (`approverId`). The refund is planned again here from the sale and
 * every refund of it this replica holds (the server locks the sale row first, so two tills'
 * refunds of one sale are planned one after the other): more than was sold across all of them is
 * refused with REFUND_EXCEEDS_SOLD and kept. Restocked goods go back on this till's warehouse's
 * ledger; written-off goods come back and go out again, so the ledger says what happened to them.
 * Loyalty points the refunded part earned are taken back, and points it was paid with given back.
 */
export const refundCreate: Mutator<RefundCreateArgs> = {
  name: 'refund.create',
  args: refundCreateArgsSchema,
  capability: 'refund.create',
  reads: (args, ctx) => [
    { entity: 'refund', id: args.refundId, lock: false },
    // Locked: refunds of one sale from two tills are planned one after the other.
    { entity: 'sale', id: args.saleId, lock: true, readOnly: true },
    { entity: 'sellingSettings', id: ctx.channelId, lock: false, readOnly: true },
    ...(args.approverId ? [{ entity: 'staff' as const, id: args.approverId, lock: false, readOnly: true }] : []),
  ],
  ledgerRef: (args) => args.refundId,
  async run(tx, args, ctx) {
    if (await tx.get('refund', args.refundId)) return { status: 'duplicate', code: 'ALREADY_EXISTS', message: `Refund ${args.refundId} is already recorded.` };
    const sale = (await tx.get('sale', args.saleId))?.data;
    if (!sale) throw new MutationRejected('UNKNOWN_RECORD', `Sale ${args.saleId} is not known.`);
    const settings = await channelSellingSettings(tx, ctx.channelId);
    const cart = pricedCartOfSale(sale);
    const prior = await tx.refundsOfSale(sale.id);
    const role = await noReceiptRole(tx, args, ctx.actorRole);
    const plan = planRefund(
      { id: sale.id, cart, payments: sale.payments ?? sale.tenders },
      prior,
      { lines: args.lines, to: args.to, withReceipt: args.withReceipt, role },
      settings.cashRounding ?? undefined,
    );
    if (!plan.ok) {
      if (plan.error.code === 'NO_RECEIPT_NOT_ALLOWED') throw new MutationRejected('FORBIDDEN', `A ${ctx.actorRole} may not refund without the receipt (refund.no_receipt).`);
      throw new MutationRejected(plan.error.code, plan.error.message, plan.error);
    }
    const refund: StoredRefund = { ...refundRecordOf(plan.value, { id: args.refundId, actorId: ctx.actorId, at: args.refundedAt }), channelId: ctx.channelId, deviceId: ctx.deviceId };
    tx.put('refund', refund.id, createOnce(refund, writeStamp(ctx, 'refund', refund.id)));
    tx.addLedger(stockMovesOf(refund, cart, ctx.warehouseId));
    const priorTotal = prior.reduce((sum, r) => sum + r.total, 0);
    // Loyalty entries are the server's to write, as for a sale (sale-complete-v2.ts).
    if (ctx.side === 'server') for (const entry of loyaltyReversals(refund, sale, priorTotal)) tx.put('loyaltyEntry', entry.id, createOnce(entry, writeStamp(ctx, 'loyaltyEntry', entry.id)));
    return applied;
  },
};

/**
 * The role a refund without the receipt is planned with: the actor's, or, when a manager approved
 * it at the till, the approver's — checked here against the synced staff, on till and server alike.
 */
async function noReceiptRole(tx: Parameters<Mutator<RefundCreateArgs>['run']>[0], args: RefundCreateArgs, actorRole: Role): Promise<Role> {
  if (args.withReceipt || !args.approverId || can(actorRole, 'refund.no_receipt')) return actorRole;
  return (await approvingStaff(tx, args.approverId, 'refund.no_receipt', 'a refund without the receipt')).role;
}

function stockMovesOf(refund: StoredRefund, cart: PricedCart, warehouseId: string): StockMovement[] {
  const moves: StockMovement[] = [];
  for (const line of refund.lines) {
    const sold = cart.lines.find((l) => l.lineId === line.lineId)!;
    const units = line.qty * sold.packUnits;
    const back = { warehouseId, productId: sold.productId, refId: refund.id };
    moves.push({ ...back, id: derivedUuid(`refund:${refund.id}:${line.lineId}`), delta: units, reason: 'refund' });
    if (line.disposition === 'write_off') moves.push({ ...back, id: derivedUuid(`refund:${refund.id}:${line.lineId}:write-off`), delta: -units, reason: 'write_off' });
  }
  return moves;
}

/**
 * Points earned are taken back in proportion to the money refunded, cumulatively (what all the
 * refunds so far are worth, less what earlier ones took), so refunding a sale in parts takes
 * back exactly what it earned. Points paid with come back as the refund's loyalty tenders say.
 */
function loyaltyReversals(refund: StoredRefund, sale: SaleRecord, priorTotal: number): LoyaltyEntryRecord[] {
  const customerId = sale.customerId;
  if (!customerId) return [];
  const entries: LoyaltyEntryRecord[] = [];
  const earned = sale.loyaltyEarned ?? 0;
  if (earned > 0 && sale.total > 0) {
    const share = (refunded: number) => mulDivRounded(earned, Math.min(refunded, sale.total), sale.total, 'half-even');
    const points = share(priorTotal + refund.total) - share(priorTotal);
    if (points > 0) {
      entries.push({ id: derivedUuid(`loyalty:reverse:${refund.id}:earn`), customerId, saleId: sale.id, at: refund.at, kind: 'reverse', points: -points, reversesId: earnEntryId(sale.id), reversedKind: 'earn' });
    }
  }
  for (const tender of refund.tenders) {
    if (tender.kind !== 'loyalty' || tender.points === 0) continue;
    entries.push({
      id: derivedUuid(`loyalty:reverse:${refund.id}:redeem:${tender.paymentIndex}`),
      customerId,
      saleId: sale.id,
      at: refund.at,
      kind: 'reverse',
      points: tender.points,
      reversesId: redeemEntryId(sale.id, tender.paymentIndex),
      reversedKind: 'redeem',
    });
  }
  return entries;
}
