import type { Cart, CartItem } from './cart';
import type { ManualDiscount } from './manual-discount';
import { priceCart, type PricedCart } from './price-cart';
import type { PricingRules } from './pricing-rules';
import type { RuleScope } from './rule-scope';

/** A valid, readable UUID for tests: id(0xa1) → 00000000-0000-4000-8000-0000000000a1. */
export function id(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

export const ids = {
  vat20: id(0x101),
  trade20: id(0x102),
  reduced5: id(0x103),
  bottleDeposit: id(0x201),
  crateDeposit: id(0x202),
  wine: id(0x301),
  beer: id(0x302),
  spirits: id(0x303),
  wineCategory: id(0x401),
  beerCategory: id(0x402),
  spiritsCategory: id(0x403),
  rioja: id(0x501),
  riojaBottle: id(0x511),
  riojaCase: id(0x512),
  magnum: id(0x502),
  magnumBottle: id(0x521),
  lager: id(0x503),
  lagerBottle: id(0x531),
  lagerCrate: id(0x532),
  gin: id(0x504),
  ginBottle: id(0x541),
  juice: id(0x505),
  juiceBottle: id(0x551),
  cashier: id(0x601),
  manager: id(0x602),
  customer: id(0x603),
} as const;

export function baseRules(overrides: Partial<PricingRules> = {}): PricingRules {
  return {
    settings: { rounding: 'half-even', taxRounding: 'line' },
    taxCategories: [
      { id: ids.vat20, name: 'Standard', rateBp: 2000, inclusive: true },
      { id: ids.trade20, name: 'Standard (trade)', rateBp: 2000, inclusive: false },
      { id: ids.reduced5, name: 'Reduced', rateBp: 500, inclusive: true },
    ],
    depositItems: [
      { id: ids.bottleDeposit, name: 'Bottle deposit', amount: 25, taxCategoryId: null },
      { id: ids.crateDeposit, name: 'Crate deposit', amount: 150, taxCategoryId: ids.vat20 },
    ],
    products: [
      {
        id: ids.rioja,
        name: 'Rioja Crianza',
        categoryId: ids.wineCategory,
        volumeMl: 750,
        taxCategoryId: ids.vat20,
        depositItemId: null,
        packs: [
          { id: ids.riojaBottle, name: 'Bottle', units: 1, price: 1299, depositItemId: null },
          { id: ids.riojaCase, name: 'Case of 12', units: 12, price: 13990, depositItemId: null },
        ],
      },
      {
        id: ids.magnum,
        name: 'Rioja Magnum',
        categoryId: ids.wineCategory,
        volumeMl: 1500,
        taxCategoryId: ids.vat20,
        depositItemId: null,
        packs: [{ id: ids.magnumBottle, name: 'Bottle', units: 1, price: 2499, depositItemId: null }],
      },
      {
        id: ids.lager,
        name: 'Lager',
        categoryId: ids.beerCategory,
        volumeMl: 330,
        taxCategoryId: ids.vat20,
        depositItemId: ids.bottleDeposit,
        packs: [
          { id: ids.lagerBottle, name: 'Bottle', units: 1, price: 199, depositItemId: null },
          { id: ids.lagerCrate, name: 'Crate of 24', units: 24, price: 4200, depositItemId: ids.crateDeposit },
        ],
      },
      {
        id: ids.gin,
        name: 'London Dry Gin',
        categoryId: ids.spiritsCategory,
        volumeMl: 700,
        taxCategoryId: ids.vat20,
        depositItemId: null,
        packs: [{ id: ids.ginBottle, name: 'Bottle', units: 1, price: 2850, depositItemId: null }],
      },
      {
        id: ids.juice,
        name: 'Orange Juice',
        categoryId: ids.spiritsCategory,
        volumeMl: 1000,
        taxCategoryId: ids.reduced5,
        depositItemId: ids.bottleDeposit,
        packs: [{ id: ids.juiceBottle, name: 'Bottle', units: 1, price: 333, depositItemId: null }],
      },
    ],
    priceLists: [],
    quantityBreaks: [],
    promotions: [],
    ...overrides,
  };
}

let lineCounter = 0x700;
/** A cart line with a fresh id (or a given one), no manual discount unless asked. */
export function item(productId: string, packId: string, qty: number, extra: { lineId?: string; manualDiscount?: ManualDiscount } = {}): CartItem {
  return { lineId: extra.lineId ?? id(++lineCounter), productId, packId, qty, manualDiscount: extra.manualDiscount ?? null };
}

export function cartOf(lines: CartItem[], overrides: Partial<Cart> = {}): Cart {
  return {
    currency: 'EUR',
    at: '2026-11-18T12:00:00+01:00',
    customer: { id: null, type: 'retail' },
    actor: { id: ids.cashier, maxDiscountBp: 1000 },
    approval: null,
    lines,
    cartDiscount: null,
    ...overrides,
  };
}

export const everything: RuleScope = { productIds: [], categoryIds: [], excludedProductIds: [], excludedPackIds: [] };
export const onlyCategories = (...categoryIds: string[]): RuleScope => ({ ...everything, categoryIds });
export const onlyProducts = (...productIds: string[]): RuleScope => ({ ...everything, productIds });

export const ruleBase = { customerTypes: ['retail', 'wholesale'] as ('retail' | 'wholesale')[], validFrom: null, validTo: null };

/** Prices a cart that must price; a failure is a test failure with its message. */
export function priced(cart: Cart, rules: PricingRules = baseRules()): PricedCart {
  const outcome = priceCart(cart, rules);
  if (!outcome.ok) throw new Error(`expected the cart to price, got ${outcome.error.code}: ${outcome.error.message}`);
  return outcome.cart;
}
