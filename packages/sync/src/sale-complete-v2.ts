import { z } from 'zod';
import {
  ageCheckSchema,
  ageGate,
  discountLimitBp,
  manualDiscountSchema,
  MAX_LINE_QTY,
  minorUnitsSchema,
  parseReceiptNumber,
  paymentsSchema,
  priceCart,
  settle,
  type DiscountApproval,
  type PricedCart,
  type Settlement,
} from '@tillsafe/domain';
import { saleLoyalty } from './sale-loyalty';
import { createOnce } from './merge';
import { applied, approvingStaff, channelSellingSettings, MutationRejected, writeStamp, type MutatorContext, type MutatorOutcome, type RejectionCode } from './mutator';
import type { SyncTx } from './overlay-tx';
import { pricingRulesOf } from './pricing-rules-of';
import type { RecordRef, StockMovement } from './record-store';
import type { ChannelRecord, SaleRecord } from './records';

export const saleLineV2Schema = z.object({
  lineId: z.uuid(),
  productId: z.uuid(),
  packId: z.uuid(),
  qty: z.int().min(1).max(MAX_LINE_QTY),
  notes: z.string().max(200).default(''),
  manualDiscount: manualDiscountSchema.nullable().default(null),
});

/**
 * `sale.complete` as protocol 2 sends it (`v: 2`): the cart as the pricing engine takes it, the
 * split tender, the age check and the manager who approved a discount beyond the cashier's limit
 * (one approval covers the sale's manual discounts, as the till asks for it once).
 */
export const saleCompleteV2ArgsSchema = z.object({
  v: z.literal(2),
  saleId: z.uuid(),
  receiptNo: z.string().refine((text) => parseReceiptNumber(text).ok, 'a receipt number like CC-03-000142'),
  channelId: z.uuid(),
  warehouseId: z.uuid(),
  customerId: z.uuid().nullable().default(null),
  lines: z
    .array(saleLineV2Schema)
    .min(1)
    .max(500)
    .refine((lines) => new Set(lines.map((l) => l.lineId)).size === lines.length, 'each line needs its own lineId'),
  cartDiscount: manualDiscountSchema.nullable().default(null),
  approverId: z.uuid().nullable().default(null),
  payments: paymentsSchema.min(1),
  ageCheck: ageCheckSchema.nullable().default(null),
  /** What the till showed the customer; compared with the server's figure, never trusted. */
  clientTotal: minorUnitsSchema,
  /** When the sale happened, with the store's UTC offset: the pricing time (happy hours, validity). */
  soldAt: z.iso.datetime({ offset: true }),
});
export type SaleCompleteV2Args = z.infer<typeof saleCompleteV2ArgsSchema>;

export const saleCompleteV2Reads = (args: SaleCompleteV2Args): RecordRef[] => [
  { entity: 'sale', id: args.saleId, lock: false },
  { entity: 'channel', id: args.channelId, lock: false, readOnly: true },
  { entity: 'sellingSettings', id: args.channelId, lock: false, readOnly: true },
  ...(args.customerId ? [{ entity: 'customer' as const, id: args.customerId, lock: false, readOnly: true }] : []),
  ...(args.approverId ? [{ entity: 'staff' as const, id: args.approverId, lock: false, readOnly: true }] : []),
  ...args.lines.map((l) => ({ entity: 'product' as const, id: l.productId, lock: false, readOnly: true })),
];

const reject = (error: { code: string; message: string }): never => {
  throw new MutationRejected(error.code as RejectionCode, error.message, error);
};

/**
 * A protocol-2 sale. The server prices the cart again with `priceCart` from its own rules and
 * flags a till total that differs. What the till should never have sent is refused (and kept for a
 * person): an unknown product, a discount beyond the approver's authority, a restricted item
 * without a passing age check, a split tender that breaks the tender rules against the till's own
 * total. A price disagreement is the server's to flag, never the customer's to pay for: the
 * tender is settled against the server's total, and when that fails the sale keeps the till's
 * settlement and a flag.
 */
export async function completeSaleV2(tx: SyncTx, args: SaleCompleteV2Args, ctx: MutatorContext): Promise<MutatorOutcome> {
  if (await tx.get('sale', args.saleId)) return { status: 'duplicate', code: 'ALREADY_EXISTS', message: `Sale ${args.saleId} is already recorded.` };
  const channel = await channelOfSale(tx, args, ctx);
  const settings = await channelSellingSettings(tx, args.channelId);
  const customer = args.customerId ? (await tx.get('customer', args.customerId))?.data : null;
  if (customer === undefined) throw new MutationRejected('UNKNOWN_RECORD', `Customer ${args.customerId} is not known.`);
  const approval = await approvalOf(tx, args.approverId);

  const found = await tx.getMany('product', args.lines.map((l) => l.productId));
  const products = [...found.values()].map((p) => p.data);
  const priced = priceCart(
    {
      currency: channel.currency,
      at: args.soldAt,
      customer: { id: customer?.id ?? null, type: customer?.type ?? 'retail' },
      actor: { id: ctx.actorId, maxDiscountBp: discountLimitBp(ctx.actorRole) },
      approval,
      lines: args.lines.map(({ lineId, productId, packId, qty, manualDiscount }) => ({ lineId, productId, packId, qty, manualDiscount })),
      cartDiscount: args.cartDiscount,
    },
    pricingRulesOf(products, await tx.sellingRules(customer?.id ?? null), settings.pricing),
  );
  if (!priced.ok) return reject(priced.error);
  const cart = priced.cart;

  const gate = ageGate(args.lines, products, args.ageCheck, settings.minimumAge);
  if (!gate.ok) return reject(gate.error);

  const flags: string[] = [];
  if (cart.total !== args.clientTotal) flags.push(`TOTAL_MISMATCH: till ${args.clientTotal}, server ${cart.total}`);
  for (const product of products) if (!product.active) flags.push(`INACTIVE_PRODUCT: ${product.id}`);
  const settlement = settlementOf(cart.total, args, settings.cashRounding ?? undefined, flags);
  const loyalty = await saleLoyalty(tx, { saleId: args.saleId, customerId: customer?.id ?? null, payments: args.payments, cart, at: args.soldAt, programme: settings.loyalty });
  flags.push(...loyalty.flags);

  const sale = saleRecordOf(args, ctx, cart, settlement, flags);
  sale.loyaltyEarned = loyalty.earned;
  sale.loyaltyRedeemed = loyalty.redeemed;
  tx.put('sale', sale.id, createOnce(sale, writeStamp(ctx, 'sale', sale.id)));
  // The loyalty ledger is the server's to write (tills pull it): a till's offline view of a balance
  // is what it pulled less its own unsynced redemptions (domain offline-redemption.ts), and an
  // entry the till wrote from its own figures could differ from the server's or not exist there.
  if (ctx.side === 'server') for (const entry of loyalty.entries) tx.put('loyaltyEntry', entry.id, createOnce(entry, writeStamp(ctx, 'loyaltyEntry', entry.id)));
  tx.addLedger(
    cart.lines.map((l): StockMovement => ({ id: l.lineId, warehouseId: args.warehouseId, productId: l.productId, delta: -l.units, reason: 'sale', refId: sale.id })),
  );
  return applied;
}

/** The channel a new sale is rung in: it must be the till's own (and its warehouse), and known. */
export async function channelOfSale(tx: SyncTx, args: { channelId: string; warehouseId: string }, ctx: MutatorContext): Promise<ChannelRecord> {
  if (args.channelId !== ctx.channelId || args.warehouseId !== ctx.warehouseId) {
    throw new MutationRejected('WRONG_CHANNEL', 'This till is not enrolled in the channel or warehouse the sale names.');
  }
  const channel = await tx.get('channel', args.channelId);
  if (!channel) throw new MutationRejected('WRONG_CHANNEL', `Channel ${args.channelId} is unknown.`);
  return channel.data;
}

/** The approving manager's authority; refused when they are unknown or may not approve. */
async function approvalOf(tx: SyncTx, approverId: string | null): Promise<DiscountApproval | null> {
  if (approverId === null) return null;
  const approver = await approvingStaff(tx, approverId, 'discount.over_limit', 'a discount beyond the limit');
  return { approverId, maxDiscountBp: discountLimitBp(approver.role) };
}

/**
 * The tender checked against the till's own total (it must follow the rules there), then settled
 * against the server's; where the server's total makes it fail, the till's settlement stands, flagged.
 */
function settlementOf(total: number, args: SaleCompleteV2Args, cashRounding: Parameters<typeof settle>[2], flags: string[]): Settlement {
  const atTill = settle(args.clientTotal, args.payments, cashRounding);
  if (!atTill.ok) return reject(atTill.error);
  const atServer = settle(total, args.payments, cashRounding);
  if (atServer.ok) return atServer.value;
  flags.push(`${atServer.error.code === 'NOT_ENOUGH' ? 'UNDERPAID' : atServer.error.code}: ${atServer.error.message}`);
  return atTill.value;
}

function saleRecordOf(args: SaleCompleteV2Args, ctx: MutatorContext, cart: PricedCart, settlement: Settlement, flags: string[]): SaleRecord {
  const notes = new Map(args.lines.map((l) => [l.lineId, l.notes]));
  return {
    id: args.saleId,
    channelId: args.channelId,
    warehouseId: args.warehouseId,
    deviceId: ctx.deviceId,
    actorId: ctx.actorId,
    receiptNo: args.receiptNo.trim().toUpperCase(),
    currency: cart.currency,
    // The protocol-1 view of the sale, which every till can read.
    lines: cart.lines.map((l) => ({
      lineId: l.lineId,
      productId: l.productId,
      packId: l.packId,
      name: l.name,
      packName: l.packName,
      qty: l.qty,
      units: l.units,
      unitPrice: l.unitPrice,
      lineTotal: l.total,
      tax: l.tax,
      notes: notes.get(l.lineId) ?? '',
    })),
    total: cart.total,
    taxTotal: cart.taxTotal,
    tenders: args.payments.flatMap((p) => (p.kind === 'cash' ? [{ kind: 'cash' as const, amount: p.amount }] : [])),
    change: settlement.change,
    soldAt: new Date(args.soldAt).toISOString(),
    flags,
    customerId: args.customerId,
    payments: args.payments,
    priced: cart,
    settlement,
    ageCheck: args.ageCheck,
    approverId: args.approverId,
  };
}

