import { expect, test } from 'vitest';
import { priceCart, type Product } from '@tillsafe/domain';
import { pricingRulesOf, uuidv7, type ProductRecord } from '@tillsafe/sync';
import { buildDemoCatalog } from './demo-catalog';
import { buildDemoSellingRules } from './demo-selling-rules';

const catalog = buildDemoCatalog();
const { rules, deposits } = buildDemoSellingRules(catalog);
const inCategory = (name: string) => catalog.products.filter((p) => p.categoryId === catalog.categories.find((c) => c.name === name)!.id);
const withDeposit = (p: Product): ProductRecord => ({ ...p, depositItemId: deposits.get(p.id) ?? null });

function price(lines: { product: Product; pack: string; qty: number }[]) {
  const products = lines.map((l) => withDeposit(l.product));
  const outcome = priceCart(
    {
      currency: 'USD',
      at: '2026-11-20T18:00:00-05:00',
      customer: { id: null, type: 'retail' },
      actor: { id: uuidv7(), maxDiscountBp: 1000 },
      approval: null,
      lines: lines.map((l) => ({ lineId: uuidv7(), productId: l.product.id, packId: l.product.packs.find((p) => p.name === l.pack)!.id, qty: l.qty, manualDiscount: null })),
      cartDiscount: null,
    },
    pricingRulesOf(products, { taxCategories: [], depositItems: [...(rules.depositItems ?? [])], priceLists: [], quantityBreaks: [...(rules.quantityBreaks ?? [])], promotions: [...(rules.promotions ?? [])] }, { rounding: 'half-even', taxRounding: 'line' }),
  );
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.cart;
}

test('four bottles of wine and a 1.5 L one make a mixed case of six: 10 % off every one', () => {
  const reds = inCategory('Red Wine');
  const bottle = reds.find((p) => p.volumeMl === 750)!;
  const big = reds.find((p) => p.volumeMl === 1500)!;
  const five = price([
    { product: bottle, pack: 'Bottle', qty: 4 },
    { product: big, pack: 'Bottle', qty: 1 },
  ]);
  expect(five.lines.map((l) => l.adjustments.map((a) => a.explanation))).toEqual([['Mix 6 wines −10%'], ['Mix 6 wines −10%']]);
  const four = price([{ product: bottle, pack: 'Bottle', qty: 4 }]);
  expect(four.discountTotal).toBe(0);
});

test('beer carries a bottle deposit per unit and breaks from twelve units; the case of 24 keeps its case price', () => {
  const beer = inCategory('Beer & Cider').find((p) => p.packs.some((pack) => pack.name === '6-pack') && p.packs.some((pack) => pack.units === 24))!;
  const two = price([{ product: beer, pack: '6-pack', qty: 2 }]);
  expect(two.lines[0]?.adjustments.map((a) => a.explanation)).toEqual(['Beer 12+ −5%']);
  expect(two.deposits).toEqual([expect.objectContaining({ name: 'Bottle deposit', qty: 12, total: 120 })]);
  const crate = price([{ product: beer, pack: beer.packs.find((p) => p.units === 24)!.name, qty: 1 }]);
  expect(crate.lines[0]?.adjustments).toEqual([]);
  expect(crate.depositTotal).toBe(240);
  // Only beer and cider carry the deposit.
  expect([...deposits.keys()].every((id) => inCategory('Beer & Cider').some((p) => p.id === id))).toBe(true);
});
