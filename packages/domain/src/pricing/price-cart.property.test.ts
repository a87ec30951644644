import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { cartSchema, type Cart, type CartItem } from './cart';
import type { ManualDiscount } from './manual-discount';
import { priceCart, type PricingOutcome } from './price-cart';
import type { PriceList } from './price-list';
import { pricingRulesSchema, type Promotion, type PricingRules } from './pricing-rules';
import type { QuantityBreakSchedule } from './quantity-breaks';
import type { RuleScope } from './rule-scope';
import { baseRules, everything, id, ids, onlyCategories, onlyProducts, ruleBase } from './test-fixtures';

// Fixed seed: a failure reproduces on every machine; fast-check prints the counterexample.
const seeded = { seed: 20_261_121, numRuns: 200 };

const catalog = baseRules().products;
const packs = catalog.flatMap((p) => p.packs.map((pack) => ({ productId: p.id, packId: pack.id })));

const scopeArb: fc.Arbitrary<RuleScope> = fc.oneof(
  fc.constant(everything),
  fc.constantFrom(...catalog.map((p) => onlyProducts(p.id))),
  fc.constantFrom(onlyCategories(ids.wineCategory), onlyCategories(ids.beerCategory), onlyCategories(ids.spiritsCategory)),
  fc.constant<RuleScope>({ ...everything, excludedPackIds: [ids.riojaCase, ids.lagerCrate] }),
);
const bpArb = fc.integer({ min: 1, max: 10_000 });
const ruleId = (n: number) => fc.constant(id(n));

const scheduleArb = (n: number): fc.Arbitrary<QuantityBreakSchedule> =>
  fc
    .record({
      scope: scopeArb,
      mins: fc.uniqueArray(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 4 }),
      discounts: fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 4, maxLength: 4 }),
      id: ruleId(n),
    })
    .map(({ scope, mins, discounts, id: scheduleId }) => {
      const sortedMins = [...mins].sort((a, b) => a - b);
      const sortedDiscounts = discounts.slice(0, sortedMins.length).sort((a, b) => a - b);
      return { id: scheduleId, name: `Break ${n}`, ...ruleBase, scope, tiers: sortedMins.map((minUnits, i) => ({ minUnits, discountBp: sortedDiscounts[i]! })) };
    });

const promotionArb = (n: number): fc.Arbitrary<Promotion> =>
  fc.oneof(
    fc.record({ scope: scopeArb, min: fc.integer({ min: 2, max: 12 }), bp: bpArb, heavy: fc.boolean() }).map(
      ({ scope, min, bp, heavy }): Promotion => ({
        kind: 'mix-match',
        id: id(n),
        name: `Mix ${n}`,
        ...ruleBase,
        scope,
        minWeightedUnits: min,
        discountBp: bp,
        unitWeights: heavy ? [{ minVolumeMl: 1000, weight: 2 }] : [],
      }),
    ),
    fc.record({ scope: scopeArb, buy: fc.integer({ min: 1, max: 4 }), get: fc.integer({ min: 1, max: 3 }), bp: bpArb }).map(
      ({ scope, buy, get, bp }): Promotion => ({ kind: 'buy-x-get-y', id: id(n), name: `Deal ${n}`, ...ruleBase, scope, buy, get, getDiscountBp: bp }),
    ),
    fc.record({ scope: scopeArb, bp: bpArb, day: fc.integer({ min: 1, max: 7 }), start: fc.integer({ min: 0, max: 23 }), hours: fc.integer({ min: 1, max: 23 }) }).map(
      ({ scope, bp, day, start, hours }): Promotion => ({
        kind: 'happy-hour',
        id: id(n),
        name: `Happy ${n}`,
        ...ruleBase,
        scope,
        discountBp: bp,
        windows: [{ day, start: `${String(start).padStart(2, '0')}:00`, end: `${String((start + hours) % 24).padStart(2, '0')}:00` }],
      }),
    ),
  );

const priceListArb: fc.Arbitrary<PriceList> = fc
  .record({ kind: fc.constantFrom('retail' as const, 'wholesale' as const, 'custom' as const), picks: fc.subarray(packs), price: fc.integer({ min: 0, max: 50_000 }) })
  .map(({ kind, picks, price }) => ({
    id: id(0x2001),
    name: 'Generated list',
    kind,
    customerId: kind === 'custom' ? ids.customer : null,
    currency: 'EUR',
    validFrom: null,
    validTo: null,
    entries: picks.map((p, i) => ({ ...p, price: price + i * 37 })),
  }));

const rulesArb: fc.Arbitrary<PricingRules> = fc
  .record({
    rounding: fc.constantFrom('half-even' as const, 'half-up' as const),
    taxRounding: fc.constantFrom('line' as const, 'invoice' as const),
    tradeTax: fc.boolean(),
    priceLists: fc.array(priceListArb, { maxLength: 1 }),
    quantityBreaks: fc.array(fc.integer({ min: 0, max: 1 }), { maxLength: 2 }).chain((xs) => fc.tuple(...xs.map((_, i) => scheduleArb(0x2100 + i)))),
    promotions: fc.integer({ min: 0, max: 4 }).chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => promotionArb(0x2200 + i)))),
  })
  .map(({ rounding, taxRounding, tradeTax, priceLists, quantityBreaks, promotions }) =>
    baseRules({
      settings: { rounding, taxRounding },
      products: tradeTax ? catalog.map((p) => (p.id === ids.gin || p.id === ids.rioja ? { ...p, taxCategoryId: ids.trade20 } : p)) : catalog,
      priceLists,
      quantityBreaks,
      promotions,
    }),
  );

const discountArb: fc.Arbitrary<ManualDiscount | null> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: bpArb.map((bp): ManualDiscount => ({ kind: 'percent', bp, reason: null })) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 3000 }).map((amount): ManualDiscount => ({ kind: 'amount', amount, reason: 'goodwill' })) },
);

const cartArb: fc.Arbitrary<Cart> = fc
  .record({
    lines: fc.uniqueArray(
      fc.record({ lineId: fc.uuid({ version: 7 }), pack: fc.constantFrom(...packs), qty: fc.integer({ min: 1, max: 30 }), manualDiscount: discountArb }),
      { maxLength: 8, selector: (l) => l.lineId },
    ),
    customerType: fc.constantFrom('retail' as const, 'wholesale' as const),
    known: fc.boolean(),
    actorLimit: fc.constantFrom(0, 1000, 10_000),
    approved: fc.boolean(),
    cartDiscount: discountArb,
    // Any minute of a fortnight, so happy hours are sometimes on.
    minute: fc.integer({ min: 0, max: 14 * 24 * 60 }),
  })
  .map(({ lines, customerType, known, actorLimit, approved, cartDiscount, minute }) => ({
    currency: 'EUR',
    at: new Date(Date.parse('2026-11-16T00:00:00Z') + minute * 60_000).toISOString(),
    customer: { id: known ? ids.customer : null, type: customerType },
    actor: { id: ids.cashier, maxDiscountBp: actorLimit },
    approval: approved ? { approverId: ids.manager, maxDiscountBp: 10_000 } : null,
    lines: lines.map((l): CartItem => ({ lineId: l.lineId, productId: l.pack.productId, packId: l.pack.packId, qty: l.qty, manualDiscount: l.manualDiscount })),
    cartDiscount,
  }));

/** Only a manual discount may stop a cart built from known products: nothing else can fail. */
function expectPricedOrRefusedDiscount(outcome: PricingOutcome): outcome is Extract<PricingOutcome, { ok: true }> {
  if (!outcome.ok) expect(['DISCOUNT_OVER_LIMIT', 'DISCOUNT_EXCEEDS_AMOUNT']).toContain(outcome.error.code);
  return outcome.ok;
}

describe('pricing properties (random carts and rules, fixed seed)', () => {
  test('the random carts price mostly, and exercise every kind of rule, deposits and both tax kinds', () => {
    const outcomes = fc.sample(fc.tuple(cartArb, rulesArb), seeded).map(([cart, rules]) => priceCart(cart, rules));
    const priced = outcomes.flatMap((o) => (o.ok ? [o.cart] : []));
    expect(priced.length).toBeGreaterThan(outcomes.length / 2);
    const kinds = new Set(priced.flatMap((c) => c.lines.flatMap((l) => l.adjustments.map((a) => a.kind))));
    expect([...kinds].sort()).toEqual(['buy-x-get-y', 'happy-hour', 'manual-cart', 'manual-line', 'mix-match', 'quantity-break']);
    expect(priced.some((c) => c.deposits.length > 0)).toBe(true);
    expect(new Set(priced.flatMap((c) => c.taxSummary.map((r) => r.inclusive))).size).toBe(2);
    expect(new Set(outcomes.flatMap((o) => (o.ok ? [] : [o.error.code])))).toEqual(new Set(['DISCOUNT_OVER_LIMIT', 'DISCOUNT_EXCEEDS_AMOUNT']));
  });

  test('the total is the sum of the lines and their deposits, and the other totals agree with the lines', () => {
    fc.assert(
      fc.property(cartArb, rulesArb, (cart, rules) => {
        const outcome = priceCart(cart, rules);
        if (!expectPricedOrRefusedDiscount(outcome)) return;
        const priced = outcome.cart;
        const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
        expect(priced.total).toBe(sum(priced.lines.map((l) => l.total)) + sum(priced.deposits.map((d) => d.total)));
        expect(priced.subtotal - priced.discountTotal).toBe(sum(priced.lines.map((l) => l.netAmount)));
        expect(priced.taxTotal).toBe(sum(priced.lines.map((l) => l.tax)) + sum(priced.deposits.map((d) => d.tax)));
        expect(sum(priced.taxSummary.map((r) => r.tax))).toBe(priced.taxTotal);
        for (const line of priced.lines) {
          expect(line.grossAmount).toBe(line.unitPrice * line.qty);
          expect(sum(line.adjustments.map((a) => a.amount))).toBe(line.discountTotal);
          expect(new Set(line.adjustments.map((a) => a.kind)).size).toBe(line.adjustments.length);
        }
      }),
      seeded,
    );
  });

  test('nothing is ever negative: no adjustment, line, tax, deposit or total', () => {
    fc.assert(
      fc.property(cartArb, rulesArb, (cart, rules) => {
        const outcome = priceCart(cart, rules);
        if (!expectPricedOrRefusedDiscount(outcome)) return;
        const priced = outcome.cart;
        for (const line of priced.lines) {
          for (const adjustment of line.adjustments) expect(adjustment.amount).toBeGreaterThanOrEqual(0);
          expect(line.netAmount).toBeGreaterThanOrEqual(0);
          expect(line.tax).toBeGreaterThanOrEqual(0);
          expect(line.total).toBeGreaterThanOrEqual(0);
        }
        for (const deposit of priced.deposits) expect(deposit.total).toBeGreaterThanOrEqual(0);
        expect(priced.total).toBeGreaterThanOrEqual(0);
      }),
      seeded,
    );
  });

  test('re-pricing is idempotent: the same inputs, or inputs rebuilt from the priced lines, price the same', () => {
    fc.assert(
      fc.property(cartArb, rulesArb, (cart, rules) => {
        const first = priceCart(cart, rules);
        expect(priceCart(cart, rules)).toEqual(first);
        if (!first.ok) return;
        const discounts = new Map(cart.lines.map((l) => [l.lineId, l.manualDiscount]));
        const rebuilt: Cart = {
          ...cart,
          lines: first.cart.lines.map((l) => ({ lineId: l.lineId, productId: l.productId, packId: l.packId, qty: l.qty, manualDiscount: discounts.get(l.lineId) ?? null })),
        };
        expect(priceCart(rebuilt, rules)).toEqual(first);
      }),
      seeded,
    );
  });

  test('the order of the lines changes no total and no line', () => {
    fc.assert(
      fc.property(
        cartArb.chain((cart) => fc.tuple(fc.constant(cart), fc.shuffledSubarray(cart.lines, { minLength: cart.lines.length, maxLength: cart.lines.length }))),
        rulesArb,
        ([cart, shuffled], rules) => {
          const original = priceCart(cart, rules);
          const reordered = priceCart({ ...cart, lines: shuffled }, rules);
          expect(reordered.ok).toBe(original.ok);
          if (!original.ok || !reordered.ok) return;
          const { lines, deposits, ...totals } = original.cart;
          const { lines: otherLines, deposits: otherDeposits, ...otherTotals } = reordered.cart;
          expect(otherTotals).toEqual(totals);
          const byLine = <T extends { lineId?: string; parentLineId?: string }>(xs: T[]) =>
            [...xs].sort((a, b) => ((a.lineId ?? a.parentLineId ?? '') + JSON.stringify(a) < (b.lineId ?? b.parentLineId ?? '') + JSON.stringify(b) ? -1 : 1));
          expect(byLine(otherLines)).toEqual(byLine(lines));
          expect(byLine(otherDeposits)).toEqual(byLine(deposits));
        },
      ),
      seeded,
    );
  });

  test('till and server compute identical results: a JSON round trip of the inputs, parsed as the server parses them, prices the same', () => {
    fc.assert(
      fc.property(cartArb, rulesArb, (cart, rules) => {
        const onTill = priceCart(cart, rules);
        const serverCart = cartSchema.parse(JSON.parse(JSON.stringify(cart)));
        const serverRules = pricingRulesSchema.parse(JSON.parse(JSON.stringify(rules)));
        const onServer = priceCart(serverCart, serverRules);
        expect(onServer).toStrictEqual(onTill);
        expect(JSON.stringify(onServer)).toBe(JSON.stringify(onTill));
      }),
      seeded,
    );
  });
});
