import { afterEach, expect, test } from 'vitest';
import { defaultSellingSettings, type ProductRecord, type StaffRecord } from '@tillsafe/sync';
import type { TillDb } from '../../db/till-db';
import { dexieSellingStore } from '../../sync-client/dexie-selling-store';
import { cashier, channel } from '../../test-support/fixtures';
import { depositLager, magnum, manager, regular, rioja, sellingDb, storeSettings, trade } from '../../test-support/selling-fixtures';
import { approvalRequestOf, needsApproval, priceTillCart, type CartToPrice, type PricingContext } from './price-cart';

let db: TillDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

const products = new Map<string, ProductRecord>([depositLager, rioja, magnum].map((p) => [p.id, p]));
const at = '2026-11-20T18:00:00.000-05:00';

async function context(customer: typeof regular | null = null, approver: StaffRecord | null = null): Promise<PricingContext> {
  db ??= await sellingDb();
  const rules = await dexieSellingStore(db).rules(customer?.id ?? null);
  return { currency: 'USD', settings: storeSettings, rules, customer, actor: cashier, approver, at };
}

let n = 0;
const line = (product: ProductRecord, qty: number, extra: Partial<CartToPrice['lines'][number]> = {}) => ({
  lineId: `0190a0e0-0000-7000-8000-0000000021${(++n).toString(16).padStart(2, '0')}`,
  productId: product.id,
  packId: product.packs[0]!.id,
  qty,
  manualDiscount: null,
  ...extra,
});

test('a mixed case of wines carries the rule on every line, and the lager its bottle deposits as sub-lines', async () => {
  const cart = { lines: [line(rioja, 4), line(magnum, 1), line(depositLager, 12)], cartDiscount: null };
  const pricing = priceTillCart(cart, products, await context());
  if (!pricing.ok) throw new Error(pricing.error.message);
  const [wines, big, beer] = pricing.cart.lines;
  expect(wines?.adjustments.map((a) => a.explanation)).toEqual(['Mix 6 wines −10%']);
  expect(big?.adjustments.map((a) => a.explanation)).toEqual(['Mix 6 wines −10%']);
  expect(beer?.adjustments.map((a) => [a.explanation, a.amount])).toEqual([['Beer 12+ −5%', 150]]);
  expect(pricing.cart.deposits).toEqual([expect.objectContaining({ parentLineId: beer?.lineId, name: 'Bottle deposit', qty: 12, total: 120 })]);
  expect(pricing.cart.total).toBe(4676 + 2249 + 2850 + 120);
  expect(pricing.held).toEqual([]);
});

test("the customer's type picks the price list, and their own list beats it; nobody else's list applies", async () => {
  const cart = { lines: [line(rioja, 1)], cartDiscount: null };
  const priceFor = async (customer: typeof regular | null) => {
    const pricing = priceTillCart(cart, products, await context(customer));
    return pricing.ok ? pricing.cart.lines[0]?.unitPrice : pricing.error.code;
  };
  expect(await priceFor(null)).toBe(1299);
  expect(await priceFor(regular)).toBe(1100);
  expect(await priceFor(trade)).toBe(900);
  expect(await priceFor({ ...trade, id: '0190a0e0-0000-7000-8000-00000000c5ff' })).toBe(1000);
});

test("a discount beyond the cashier's limit is held out of the price until a manager approves it", async () => {
  const discounted = line(rioja, 2, { manualDiscount: { kind: 'percent', bp: 1500, reason: 'Damaged label' } });
  const cart = { lines: [discounted], cartDiscount: null };
  const pending = priceTillCart(cart, products, await context());
  expect(needsApproval(pending)).toBe(true);
  expect(pending).toMatchObject({ ok: true, cart: { total: 2598 }, held: [{ lineId: discounted.lineId, failure: { code: 'DISCOUNT_OVER_LIMIT', limitBp: 1000, requestedBp: 1500 } }] });
  expect(approvalRequestOf(pending, cashier.id)).toEqual({ actorId: cashier.id, requestedBp: 1500, limitBp: 1000, discounts: 1 });

  const approved = priceTillCart(cart, products, await context(null, manager));
  expect(needsApproval(approved)).toBe(false);
  expect(approvalRequestOf(approved, cashier.id)).toBeUndefined();
  if (!approved.ok) throw new Error(approved.error.message);
  expect(approved.cart.total).toBe(2598 - 390);
  expect(approved.cart.lines[0]?.adjustments).toEqual([expect.objectContaining({ explanation: 'Manual discount −15% (Damaged label), manager approved', approvedBy: manager.id })]);
  // A colleague without the right to approve changes nothing.
  expect(needsApproval(priceTillCart(cart, products, await context(null, { ...manager, role: 'cashier' })))).toBe(true);
});

test('within the limit a discount applies at once; one larger than the line is held but asks no manager', async () => {
  const within = line(rioja, 1, { manualDiscount: { kind: 'amount', amount: 100, reason: null } });
  const tooMuch = line(magnum, 1, { manualDiscount: { kind: 'amount', amount: 9999, reason: null } });
  const pricing = priceTillCart({ lines: [within, tooMuch], cartDiscount: { kind: 'percent', bp: 500, reason: null } }, products, await context());
  if (!pricing.ok) throw new Error(pricing.error.message);
  expect(pricing.held.map((h) => [h.lineId, h.failure.code])).toEqual([[tooMuch.lineId, 'DISCOUNT_EXCEEDS_AMOUNT']]);
  expect(needsApproval(pricing)).toBe(false);
  expect(pricing.cart.lines[0]?.adjustments.map((a) => a.kind)).toEqual(['manual-line', 'manual-cart']);
});

test('a line whose product left the catalog is left out of the price and listed', async () => {
  const gone = { ...line(rioja, 1), productId: '0190a0e0-0000-7000-8000-000000000bad' };
  const pricing = priceTillCart({ lines: [line(magnum, 1), gone], cartDiscount: null }, products, await context());
  expect(pricing).toMatchObject({ ok: true, unknownLineIds: [gone.lineId], cart: { total: 2499 } });
});

test('a product in a tax category the till has not received yet cannot be priced, and says why', async () => {
  const newlyTaxed = { ...rioja, taxCategoryId: '0190a0e0-0000-7000-8000-0000000074ff' };
  const ctx = { ...(await context()), settings: defaultSellingSettings(channel.id) };
  const pricing = priceTillCart({ lines: [line(newlyTaxed, 1)], cartDiscount: null }, new Map([[newlyTaxed.id, newlyTaxed]]), ctx);
  expect(pricing).toMatchObject({ ok: false, error: { code: 'UNKNOWN_TAX_CATEGORY' } });
});
