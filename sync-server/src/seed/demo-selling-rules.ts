import type { Category, Product } from '@tillsafe/domain';
import { derivedUuid, type DepositItemRecord, type PromotionRecord, type QuantityBreakRecord, type TaxCategoryRecord } from '@tillsafe/sync';
import type { SellingRulesWrite } from '../sync/selling-rules';
import type { DemoCatalog } from './demo-catalog';

/**
 * The demo liquor store's selling rules, so a fresh install shows what the pricing engine does:
 * - "Mix 6 wines": 10 % off every still wine once six are in the cart, a 1.5 L bottle counting two;
 * - "Beer": quantity breaks on each beer and cider, 5 % from 12 units and 10 % from 24 — the
 *   case of 24 excluded, as it already sells at its case price;
 * - a 0.10 bottle deposit on every beer and cider unit (untaxed), added as a sub-line.
 * Products keep their protocol-1 tax rates (no tax category on them); the two tax categories with
 * the same rates, included in the price, are there for products the back office creates or edits.
 * Ids are derived from fixed keys, so every demo database holds the same rules.
 */
export interface DemoSellingRules {
  rules: SellingRulesWrite;
  /** The products that carry the bottle deposit (their `deposit_item_id`). */
  deposits: ReadonlyMap<string, string>;
}

const everyone = { customerTypes: ['retail', 'wholesale'] as ('retail' | 'wholesale')[], validFrom: null, validTo: null };
const nothingExcluded = { productIds: [], categoryIds: [], excludedProductIds: [], excludedPackIds: [] };

export function buildDemoSellingRules(catalog: DemoCatalog): DemoSellingRules {
  const category = (name: string): Category => {
    const found = catalog.categories.find((c) => c.name === name);
    if (!found) throw new Error(`The demo catalog has no category ${name}.`);
    return found;
  };
  const wines = [category('Red Wine'), category('White & Rosé')];
  const beer = category('Beer & Cider');
  const beers: Product[] = catalog.products.filter((p) => p.categoryId === beer.id);

  const taxCategories: TaxCategoryRecord[] = [
    { id: derivedUuid('demo:tax:alcohol'), name: 'Alcohol 10%', rateBp: 1000, inclusive: true },
    { id: derivedUuid('demo:tax:reduced'), name: 'Reduced 5%', rateBp: 500, inclusive: true },
  ];
  const bottleDeposit: DepositItemRecord = { id: derivedUuid('demo:deposit:bottle'), name: 'Bottle deposit', amount: 10, taxCategoryId: null };
  const mixSixWines: PromotionRecord = {
    kind: 'mix-match',
    id: derivedUuid('demo:promotion:mix-6-wines'),
    name: 'Mix 6 wines',
    ...everyone,
    scope: { ...nothingExcluded, categoryIds: wines.map((c) => c.id) },
    minWeightedUnits: 6,
    discountBp: 1000,
    unitWeights: [{ minVolumeMl: 1500, weight: 2 }],
  };
  const beerBreaks: QuantityBreakRecord = {
    id: derivedUuid('demo:quantity-break:beer'),
    name: 'Beer',
    ...everyone,
    scope: { ...nothingExcluded, categoryIds: [beer.id], excludedPackIds: beers.flatMap((p) => p.packs.filter((pack) => pack.units >= 24).map((pack) => pack.id)) },
    tiers: [
      { minUnits: 12, discountBp: 500 },
      { minUnits: 24, discountBp: 1000 },
    ],
  };
  return {
    rules: { taxCategories, depositItems: [bottleDeposit], promotions: [mixSixWines], quantityBreaks: [beerBreaks] },
    deposits: new Map(beers.map((p) => [p.id, bottleDeposit.id])),
  };
}
