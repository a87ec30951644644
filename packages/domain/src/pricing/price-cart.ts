import type { Adjustment } from './adjustment';
import { allocateLargestRemainder } from './allocation';
import { buyXGetYAdjustments, type BuyXGetY } from './buy-x-get-y';
import type { Cart } from './cart';
import { depositCharges, type DepositCharge, type DepositItem } from './deposits';
import { happyHourAdjustments, type HappyHour } from './happy-hour';
import { authorizeManualDiscount } from './manual-discount';
import { mixMatchAdjustments, type MixMatch } from './mix-match';
import { applicableLists, listPrice } from './price-list';
import type { PricingFailure, PricingResult } from './pricing-failure';
import type { PricingProduct } from './pricing-product';
import type { PricingRules } from './pricing-rules';
import { quantityBreakAdjustments } from './quantity-breaks';
import { taxesOf, taxSummary, type TaxableItem, type TaxCategory, type TaxSummaryRow } from './tax';
import { applyAdjustments, type StageContext, type WorkingLine } from './working-line';

/**
 * The pricing engine: a pure function of the cart and the rules (no clock, no I/O), run the same
 * on the till and on the server, which re-prices every sale and never takes the till's figures.
 *
 * Order (DESIGN §5), each stage working on what the line costs after the stages before it:
 *   1. unit price from the customer's price list (custom → own type → retail → catalog);
 *   2. quantity breaks — the tier reached applies to the whole quantity;
 *   3. pack/case units — a pack is priced as a pack and moves qty × units stock units, which is
 *      what breaks and mixes count;
 *   4. promotions: mixed case (weighted units), then buy X get Y, then happy hour;
 *   5. manual line discounts, then the manual cart discount, each within the actor's limit or
 *      with a manager's approval (else the DISCOUNT_OVER_LIMIT error value);
 *   6. tax per category, inclusive or exclusive, rounded per line or per invoice;
 *   7. bottle deposits as sub-lines linked to their line (never discounted, so their place after
 *      tax in the design's order changes nothing; they are taxed by their own category).
 *
 * How promotions interact: kinds stack in that order (a break, a mix, a buy-X-get-Y and a happy
 * hour may all apply to one line, each compounding on the price the one before left), but a line
 * gets at most one rule of each kind — the one best for the customer (the largest saving; ties:
 * the smallest rule id). For buy X get Y, where one promotion's saving depends on which lines
 * another took, the choice is greedy: largest total saving first (see buy-x-get-y.ts).
 *
 * Cart-level discounts are allocated across lines in proportion to what each line costs at that
 * point, by largest remainder (ties: line id), so the line totals sum exactly to the cart's total
 * and no line is pushed below zero. Every division rounds once, in the store's mode (half-even
 * unless set otherwise). Nothing depends on line order except the order lines are listed in.
 */

/** A priced cart line: what it was, what each rule took off it and why, its tax and total. */
export interface PricedCartLine {
  lineId: string;
  productId: string;
  packId: string;
  name: string;
  packName: string;
  qty: number;
  /** Stock units in one pack (12 for a case of 12). */
  packUnits: number;
  /** Stock units the line moves: qty × pack units. */
  units: number;
  /** The pack's price from the price list (or the catalog). */
  unitPrice: number;
  priceListId: string | null;
  /** unitPrice × qty. */
  grossAmount: number;
  adjustments: Adjustment[];
  discountTotal: number;
  /** grossAmount − discountTotal: the line's price as its tax category quotes it. */
  netAmount: number;
  taxCategoryId: string;
  taxRateBp: number;
  taxInclusive: boolean;
  tax: number;
  /** What the customer pays for the line: netAmount, plus the tax when it is exclusive. */
  total: number;
}

/** A deposit sub-line, linked to the line that sold the bottles. */
export interface DepositLine extends DepositCharge {
  taxRateBp: number;
  taxInclusive: boolean;
  tax: number;
  total: number;
}

export interface PricedCart {
  currency: string;
  at: string;
  lines: PricedCartLine[];
  deposits: DepositLine[];
  taxSummary: TaxSummaryRow[];
  /** Sum of the lines' gross amounts, before any discount. */
  subtotal: number;
  discountTotal: number;
  /** All tax, contained or added, on lines and deposits. */
  taxTotal: number;
  depositTotal: number;
  /** Sum of the line totals and the deposit totals: what the customer owes. */
  total: number;
}

export type PricingOutcome = { ok: true; cart: PricedCart } | { ok: false; error: PricingFailure };

const UNTAXED: Pick<TaxCategory, 'rateBp' | 'inclusive'> = { rateBp: 0, inclusive: true };

export function priceCart(cart: Cart, rules: PricingRules): PricingOutcome {
  const taxCategories = new Map(rules.taxCategories.map((c) => [c.id, c]));
  const depositItems = new Map(rules.depositItems.map((d) => [d.id, d]));
  const resolved = resolveLines(cart, rules, taxCategories, depositItems);
  if (!resolved.ok) return resolved;
  const ctx: StageContext = { at: cart.at, customerType: cart.customer.type, rounding: rules.settings.rounding };
  const mixes = rules.promotions.filter((p): p is MixMatch => p.kind === 'mix-match');
  const buyGets = rules.promotions.filter((p): p is BuyXGetY => p.kind === 'buy-x-get-y');
  const happyHours = rules.promotions.filter((p): p is HappyHour => p.kind === 'happy-hour');

  let lines = resolved.value;
  lines = applyAdjustments(lines, quantityBreakAdjustments(lines, rules.quantityBreaks, ctx));
  lines = applyAdjustments(lines, mixMatchAdjustments(lines, mixes, ctx));
  lines = applyAdjustments(lines, buyXGetYAdjustments(lines, buyGets, ctx));
  lines = applyAdjustments(lines, happyHourAdjustments(lines, happyHours, ctx));
  const discounted = applyManualDiscounts(lines, cart, ctx);
  if (!discounted.ok) return discounted;
  lines = discounted.value;

  const charges = depositCharges(lines, (id) => depositItems.get(id)!);
  const categoryOf = (line: WorkingLine) => taxCategories.get(line.product.taxCategoryId)!;
  const depositCategory = (charge: DepositCharge) => (charge.taxCategoryId === null ? UNTAXED : taxCategories.get(charge.taxCategoryId)!);
  const depositKey = (charge: DepositCharge) => `${charge.parentLineId}/${charge.depositItemId}`;
  const taxable: TaxableItem[] = [
    ...lines.map((line) => ({ key: line.lineId, amount: line.net, category: categoryOf(line) })),
    ...charges.filter((c) => c.taxCategoryId !== null).map((c) => ({ key: depositKey(c), amount: c.amount, category: depositCategory(c) })),
  ];
  const taxes = taxesOf(taxable, rules.settings.taxRounding, rules.settings.rounding);

  const pricedLines = lines.map((line): PricedCartLine => {
    const category = categoryOf(line);
    const tax = taxes.get(line.lineId) ?? 0;
    return {
      lineId: line.lineId,
      productId: line.product.id,
      packId: line.pack.id,
      name: line.product.name,
      packName: line.pack.name,
      qty: line.qty,
      packUnits: line.pack.units,
      units: line.units,
      unitPrice: line.unitPrice,
      priceListId: line.priceListId,
      grossAmount: line.gross,
      adjustments: [...line.adjustments],
      discountTotal: line.gross - line.net,
      netAmount: line.net,
      taxCategoryId: category.id,
      taxRateBp: category.rateBp,
      taxInclusive: category.inclusive,
      tax,
      total: category.inclusive ? line.net : line.net + tax,
    };
  });
  const deposits = charges.map((charge): DepositLine => {
    const category = depositCategory(charge);
    const tax = taxes.get(depositKey(charge)) ?? 0;
    return { ...charge, taxRateBp: category.rateBp, taxInclusive: category.inclusive, tax, total: category.inclusive ? charge.amount : charge.amount + tax };
  });
  const sum = <T>(items: readonly T[], pick: (item: T) => number) => items.reduce((total, item) => total + pick(item), 0);
  const depositTotal = sum(deposits, (d) => d.total);
  return {
    ok: true,
    cart: {
      currency: cart.currency,
      at: cart.at,
      lines: pricedLines,
      deposits,
      taxSummary: taxSummary(taxable, taxes),
      subtotal: sum(pricedLines, (l) => l.grossAmount),
      discountTotal: sum(pricedLines, (l) => l.discountTotal),
      taxTotal: sum(pricedLines, (l) => l.tax) + sum(deposits, (d) => d.tax),
      depositTotal,
      total: sum(pricedLines, (l) => l.total) + depositTotal,
    },
  };
}

/** Every line's product, pack, tax category, deposits and list price, or the first that is missing. */
function resolveLines(
  cart: Cart,
  rules: PricingRules,
  taxCategories: ReadonlyMap<string, TaxCategory>,
  depositItems: ReadonlyMap<string, DepositItem>,
): PricingResult<WorkingLine[]> {
  const products = new Map<string, PricingProduct>(rules.products.map((p) => [p.id, p]));
  const lists = applicableLists(rules.priceLists, cart.customer, cart.currency, cart.at);
  const seen = new Set<string>();
  const lines: WorkingLine[] = [];
  const missing = (code: Exclude<PricingFailure['code'], 'DISCOUNT_OVER_LIMIT'>, lineId: string | null, ref: string, message: string): PricingResult<WorkingLine[]> => ({
    ok: false,
    error: { code, message, lineId, ref },
  });
  for (const item of cart.lines) {
    if (seen.has(item.lineId)) return missing('DUPLICATE_LINE', item.lineId, item.lineId, `Line ${item.lineId} appears twice in the cart.`);
    seen.add(item.lineId);
    const product = products.get(item.productId);
    if (!product) return missing('UNKNOWN_PRODUCT', item.lineId, item.productId, `Product ${item.productId} is not in the catalog.`);
    const pack = product.packs.find((p) => p.id === item.packId);
    if (!pack) return missing('UNKNOWN_PACK', item.lineId, item.packId, `${product.name} has no pack ${item.packId}.`);
    if (!taxCategories.has(product.taxCategoryId)) {
      return missing('UNKNOWN_TAX_CATEGORY', item.lineId, product.taxCategoryId, `${product.name} is in tax category ${product.taxCategoryId}, which is not defined.`);
    }
    for (const depositId of [product.depositItemId, pack.depositItemId]) {
      if (depositId === null) continue;
      const deposit = depositItems.get(depositId);
      if (!deposit) return missing('UNKNOWN_DEPOSIT_ITEM', item.lineId, depositId, `${product.name} carries deposit ${depositId}, which is not defined.`);
      if (deposit.taxCategoryId !== null && !taxCategories.has(deposit.taxCategoryId)) {
        return missing('UNKNOWN_TAX_CATEGORY', item.lineId, deposit.taxCategoryId, `Deposit ${deposit.name} is in tax category ${deposit.taxCategoryId}, which is not defined.`);
      }
    }
    const { price, priceListId } = listPrice(lists, product.id, pack);
    const gross = price * item.qty;
    lines.push({ lineId: item.lineId, product, pack, qty: item.qty, units: item.qty * pack.units, unitPrice: price, priceListId, gross, net: gross, adjustments: [] });
  }
  return { ok: true, value: lines };
}

/** Manual line discounts, then the cart discount spread over the lines by largest remainder. */
function applyManualDiscounts(lines: readonly WorkingLine[], cart: Cart, ctx: StageContext): PricingResult<WorkingLine[]> {
  const who = { actor: cart.actor, approval: cart.approval };
  const lineAdjustments = new Map<string, Adjustment>();
  for (const line of lines) {
    const discount = cart.lines.find((item) => item.lineId === line.lineId)?.manualDiscount ?? null;
    if (discount === null) continue;
    const authorized = authorizeManualDiscount(discount, line.net, who, line.lineId, ctx.rounding);
    if (!authorized.ok) return authorized;
    const { amount, approvedBy, explanation } = authorized.value;
    lineAdjustments.set(line.lineId, { kind: 'manual-line', ruleId: null, explanation, amount, approvedBy });
  }
  const afterLines = applyAdjustments(lines, lineAdjustments);
  if (cart.cartDiscount === null) return { ok: true, value: afterLines };

  const base = afterLines.reduce((sum, line) => sum + line.net, 0);
  const authorized = authorizeManualDiscount(cart.cartDiscount, base, who, null, ctx.rounding);
  if (!authorized.ok) return authorized;
  const { amount, approvedBy, explanation } = authorized.value;
  const shares = allocateLargestRemainder(amount, afterLines.map((line) => ({ key: line.lineId, weight: line.net })));
  const cartAdjustments = new Map<string, Adjustment>(
    afterLines.map((line) => [line.lineId, { kind: 'manual-cart', ruleId: null, explanation, amount: shares.get(line.lineId) ?? 0, approvedBy }]),
  );
  return { ok: true, value: applyAdjustments(afterLines, cartAdjustments) };
}
