import { canRedeemOffline, discountLimitBp, formatReceiptNumber, pointsForValue, priceCart, type Payment, type Role } from '@tillsafe/domain';
import type { TillCommit, SimTill } from './sim-till';
import { pricingRulesOf } from '../pricing-rules-of';
import type { RefundCreateArgs } from '../refund-create';
import type { SaleCompleteV2Args } from '../sale-complete-v2';
import { defaultSellingSettings, type QuantityBreakRecord, type SellingSettingsRecord } from '../selling-records';
import type { Step } from './sim-steps';

/** What the selling steps need of the simulated world (sim-world.ts). */
export interface SellingWorld {
  readonly tills: readonly SimTill[];
  /** Sales the tills made: id → units sold per product. */
  readonly sales: Map<string, Map<string, number>>;
  /** Units each refund put back on the shelf, by refund id (written-off ones come back and go out). */
  readonly restocked: Map<string, { productId: string; units: number }>;
  /** The refunds the tills made. */
  readonly refunds: string[];
  /** Each till's own sales, the ones it may refund. */
  readonly ownSales: Map<number, string[]>;
  readonly selling: { refunds: number; writeOffs: number; pointsPayments: number };
  newId(): string;
  now(till: number): string;
  actor(index: number): { id: string; role: Role };
  /** The cashier (refunds with a receipt) and the manager (without). */
  refunder(withReceipt: boolean): string;
  commit(till: number, name: string, args: unknown, actorId: string): Promise<TillCommit>;
  /** Notes which till's mutation made a sale, refund, adjustment or cash event (rejected ones are not expected on the server). */
  made(id: string, till: number, entry: { seq: number }): void;
}

/** The channel's selling settings and rules, as the back office set them up before the day. */
export const simSettings = (channelId: string): SellingSettingsRecord => ({
  ...defaultSellingSettings(channelId),
  loyalty: { earn: { points: 1, perMinorUnits: 100 }, pointValue: { points: 1, value: 1 }, tiers: [], offlineRedemptionLimit: 3000 },
});
export const caseDeal: QuantityBreakRecord = {
  id: '0190a0e0-0000-7000-8000-0000000094b1',
  name: 'Six or more',
  customerTypes: ['retail', 'wholesale'],
  validFrom: null,
  validTo: null,
  scope: { productIds: [], categoryIds: [], excludedProductIds: [], excludedPackIds: [] },
  tiers: [{ minUnits: 6, discountBp: 500 }],
};

/**
 * A protocol-2 sale as the till rings it up: priced by the engine from the rules it holds, an
 * age check by sight, and — for a customer who has points as far as this till knows (pulled
 * balance less its own unsynced redemptions, capped offline) — points paying part of it.
 */
export async function sellV2(w: SellingWorld, step: Extract<Step, { kind: 'saleV2' }>): Promise<void> {
  const till = w.tills[step.till]!;
  const products = till.held('product').map((p) => p.data);
  const customers = till.held('customer').map((c) => c.data);
  const customer = step.customer === null || customers.length === 0 ? null : customers[step.customer % customers.length]!;
  const settings = till.held('sellingSettings')[0]?.data ?? defaultSellingSettings(till.device.channelId);
  const actor = w.actor(step.actor);
  const soldAt = w.now(step.till);
  const lines = step.lines.map((l) => {
    const p = products[l.product % products.length]!;
    return { lineId: w.newId(), productId: p.id, packId: p.packs[l.pack % p.packs.length]!.id, qty: l.qty, notes: '', manualDiscount: null };
  });
  const inCart = products.filter((p) => lines.some((l) => l.productId === p.id));
  const priced = priceCart(
    {
      currency: 'USD',
      at: soldAt,
      customer: { id: customer?.id ?? null, type: customer?.type ?? 'retail' },
      actor: { id: actor.id, maxDiscountBp: discountLimitBp(actor.role) },
      approval: null,
      lines: lines.map(({ lineId, productId, packId, qty, manualDiscount }) => ({ lineId, productId, packId, qty, manualDiscount })),
      cartDiscount: null,
    },
    pricingRulesOf(inCart, await till.store.selling.rules(customer?.id ?? null), settings.pricing),
  );
  if (!priced.ok) throw new Error(`the till could not price its own cart: ${priced.error.message}`);
  const total = priced.cart.total;
  const payments: Payment[] = [];
  let byPoints = 0;
  if (step.points && customer && settings.loyalty) {
    const pending = pendingRedemptions(till, customer.id);
    const cached = till.store.pointsOf(customer.id);
    const unsynced = pending.reduce((sum, p) => sum + p, 0);
    const points = Math.min(total, cached - unsynced, settings.loyalty.offlineRedemptionLimit - unsynced);
    if (points > 0) {
      if (!canRedeemOffline(cached, pending, points, settings.loyalty.offlineRedemptionLimit).ok) throw new Error('the till redeemed more than it may offline');
      byPoints = points;
      payments.push({ kind: 'loyalty', points: pointsForValue(points, settings.loyalty), value: points });
      w.selling.pointsPayments += 1;
    }
  }
  payments.push({ kind: 'cash', amount: total - byPoints + step.overpay });
  const args: SaleCompleteV2Args = {
    v: 2,
    saleId: w.newId(),
    receiptNo: formatReceiptNumber({ channelCode: 'CC', till: step.till + 1, sequence: till.nextSeq }),
    channelId: till.device.channelId,
    warehouseId: till.device.warehouseId,
    customerId: customer?.id ?? null,
    lines,
    cartDiscount: null,
    approverId: null,
    payments,
    ageCheck: { method: 'visual_over_threshold', verifiedBy: actor.id, at: soldAt },
    clientTotal: total,
    soldAt,
  };
  const result = await w.commit(step.till, 'sale.complete', args, actor.id);
  if (!result.entry) return;
  w.made(args.saleId, step.till, result.entry);
  const units = new Map<string, number>();
  for (const line of priced.cart.lines) units.set(line.productId, (units.get(line.productId) ?? 0) + line.units);
  w.sales.set(args.saleId, units);
  w.ownSales.set(step.till, [...(w.ownSales.get(step.till) ?? []), args.saleId]);
}

/** Points this till redeemed for the customer in sales it has not had acknowledged yet. */
function pendingRedemptions(till: SimTill, customerId: string): number[] {
  return till.outbox.flatMap((m) => {
    const args = m.args as Partial<SaleCompleteV2Args>;
    if (m.name !== 'sale.complete' || args.v !== 2 || args.customerId !== customerId) return [];
    return (args.payments ?? []).flatMap((p) => (p.kind === 'loyalty' ? [p.points] : []));
  });
}

/** Refunds part of a line of one of the till's own sales, never more than it has left by its own count. */
export async function refundOwnSale(w: SellingWorld, step: Extract<Step, { kind: 'refund' }>): Promise<void> {
  const till = w.tills[step.till]!;
  const own = w.ownSales.get(step.till) ?? [];
  if (own.length === 0) return;
  const saleId = own[step.sale % own.length]!;
  const sale = (await till.store.load('sale', [saleId])).get(saleId)?.data;
  if (!sale) return;
  const line = sale.lines[step.line % sale.lines.length]!;
  const done = (await till.store.selling.refundsOfSale(saleId)).flatMap((r) => r.lines).filter((l) => l.lineId === line.lineId);
  const left = line.qty - done.reduce((sum, l) => sum + l.qty, 0);
  if (left <= 0) return;
  const qty = Math.min(step.qty, left);
  const args: RefundCreateArgs = {
    refundId: w.newId(),
    saleId,
    lines: [{ lineId: line.lineId, qty, disposition: step.disposition }],
    to: 'original',
    withReceipt: step.withReceipt,
    refundedAt: w.now(step.till),
  };
  const result = await w.commit(step.till, 'refund.create', args, w.refunder(step.withReceipt));
  if (!result.entry) return;
  w.made(args.refundId, step.till, result.entry);
  w.refunds.push(args.refundId);
  w.selling.refunds += 1;
  if (step.disposition === 'write_off') w.selling.writeOffs += 1;
  else w.restocked.set(args.refundId, { productId: line.productId, units: qty * (line.units / line.qty) });
}
