import { priceCart, type AgeCheck, type Payment } from '@tillsafe/domain';
import {
  createOnce,
  MemoryRecordStore,
  OverlayTx,
  pricingRulesOf,
  runMutation,
  type ChannelRecord,
  type CustomerRecord,
  type DepositItemRecord,
  type LoyaltyEntryRecord,
  type MutatorContext,
  type ProductRecord,
  type PromotionRecord,
  type SaleCompleteV2Args,
  type SaleRecord,
  type SellingSettingsRecord,
  type StaffRecord,
  type TaxCategoryRecord,
} from '@tillsafe/sync';

/**
 * A liquor-store sale made the way the till makes it: the real `sale.complete` (protocol 2)
 * mutator runs over an in-memory store holding a small catalog — a case of lager with bottle
 * deposits, three wines and a 1.5 L magnum that reach "Mix 6 wines", a whisky that needs the age
 * check, water that does not — so the receipt and the preview show a record exactly as stored.
 */
const uuid = (n: number) => `0190a0e0-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;

export const sampleChannel: ChannelRecord = { id: uuid(0xc001), name: 'Corner Cellar', kind: 'store', currency: 'USD', locale: 'en-US' };
export const sampleCashier: StaffRecord = { id: uuid(0xf001), name: 'Casey Morgan', role: 'cashier', pinSalt: '0'.repeat(32), pinHash: '0'.repeat(64) };
export const sampleCustomer: CustomerRecord = { id: uuid(0xc501), name: 'Jordan Avery', type: 'retail', phone: null, email: null, notes: '' };
const warehouseId = uuid(0xd001);
const salesTax: TaxCategoryRecord = { id: uuid(0x74a1), name: 'Sales tax', rateBp: 825, inclusive: false };
const bottleDeposit: DepositItemRecord = { id: uuid(0xde01), name: 'Bottle deposit', amount: 5, taxCategoryId: null };
const wineCategory = uuid(0x0ca1);
const otherCategory = uuid(0x0ca2);

function product(n: number, name: string, brand: string, volumeMl: number, packs: [string, number, number][], extra: Partial<ProductRecord> = {}): ProductRecord {
  return {
    id: uuid(0xb000 + n),
    sku: `SKU-${n}`,
    name,
    brand,
    categoryId: otherCategory,
    volumeMl,
    ageRestricted: true,
    taxRateBp: 825,
    active: true,
    taxCategoryId: salesTax.id,
    depositItemId: null,
    packs: packs.map(([packName, units, price], i) => ({ id: uuid(0xa000 + n * 16 + i), name: packName, units, price, barcodes: [] })),
    ...extra,
  };
}

export const sampleProducts = {
  lager: product(1, 'Harbour Lager 12 oz', 'Harbour', 355, [['Bottle', 1, 249], ['Case of 24', 24, 3999]], { depositItemId: bottleDeposit.id }),
  rioja: product(2, 'Rioja Crianza 750 ml', 'Bodegas Ardo', 750, [['Bottle', 1, 1499]], { categoryId: wineCategory }),
  sauvignon: product(3, 'Marlborough Sauvignon Blanc 750 ml', 'Kea Point', 750, [['Bottle', 1, 1299]], { categoryId: wineCategory }),
  magnum: product(4, 'Rioja Reserva Magnum 1.5 L', 'Bodegas Ardo', 1500, [['Bottle', 1, 3999]], { categoryId: wineCategory }),
  whisky: product(5, 'Islay Single Malt 12 Year', 'Port Ellen', 750, [['Bottle', 1, 6499]]),
  water: product(6, 'Sparkling Water 1 L', 'Clearwell', 1000, [['Bottle', 1, 199]], { ageRestricted: false }),
};

const mixSixWines: PromotionRecord = {
  kind: 'mix-match',
  id: uuid(0x1d01),
  name: 'Mix 6 wines',
  customerTypes: ['retail', 'wholesale'],
  validFrom: null,
  validTo: null,
  scope: { productIds: [], categoryIds: [wineCategory], excludedProductIds: [], excludedPackIds: [] },
  minWeightedUnits: 6,
  discountBp: 1000,
  unitWeights: [{ minVolumeMl: 1500, weight: 2 }],
};

export const sampleSettings: SellingSettingsRecord = {
  id: sampleChannel.id,
  pricing: { rounding: 'half-even', taxRounding: 'line' },
  cashRounding: null,
  minimumAge: 21,
  loyalty: { earn: { points: 1, perMinorUnits: 100 }, pointValue: { points: 100, value: 100 }, tiers: [], offlineRedemptionLimit: 5000 },
};

/** Points Jordan has from earlier sales. */
const earlierPoints: LoyaltyEntryRecord = { id: uuid(0x10e1), customerId: sampleCustomer.id, kind: 'earn', points: 2340, at: '2026-10-02T12:00:00-04:00' };

export const sampleLines: SaleCompleteV2Args['lines'] = [
  { lineId: uuid(0x21e1), productId: sampleProducts.lager.id, packId: sampleProducts.lager.packs[1]!.id, qty: 1, notes: '', manualDiscount: null },
  { lineId: uuid(0x21e2), productId: sampleProducts.rioja.id, packId: sampleProducts.rioja.packs[0]!.id, qty: 2, notes: '', manualDiscount: null },
  { lineId: uuid(0x21e3), productId: sampleProducts.sauvignon.id, packId: sampleProducts.sauvignon.packs[0]!.id, qty: 2, notes: '', manualDiscount: null },
  { lineId: uuid(0x21e4), productId: sampleProducts.magnum.id, packId: sampleProducts.magnum.packs[0]!.id, qty: 1, notes: '', manualDiscount: null },
  { lineId: uuid(0x21e5), productId: sampleProducts.whisky.id, packId: sampleProducts.whisky.packs[0]!.id, qty: 1, notes: 'Gift — wrap please', manualDiscount: null },
  { lineId: uuid(0x21e6), productId: sampleProducts.water.id, packId: sampleProducts.water.packs[0]!.id, qty: 2, notes: '', manualDiscount: null },
];

export const sampleSaleId = uuid(0x52a1);
export const sampleSoldAt = '2026-11-20T18:42:00-05:00';
export const sampleAgeCheck: AgeCheck = { method: 'id_scanned', dateOfBirth: '1986-06-15', verifiedBy: sampleCashier.id, at: '2026-11-20T18:41:12-05:00' };

function sampleStore(): MemoryRecordStore {
  const store = new MemoryRecordStore();
  const seed = { node: 'server', seq: 1, hlc: '' };
  void store.save({
    records: [
      { entity: 'channel', id: sampleChannel.id, stored: createOnce(sampleChannel, seed) },
      { entity: 'staff', id: sampleCashier.id, stored: createOnce(sampleCashier, seed) },
      { entity: 'customer', id: sampleCustomer.id, stored: createOnce(sampleCustomer, seed) },
      ...Object.values(sampleProducts).map((p) => ({ entity: 'product' as const, id: p.id, stored: createOnce(p, seed) })),
    ],
    selling: [
      { entity: 'taxCategory', id: salesTax.id, stored: createOnce(salesTax, seed) },
      { entity: 'depositItem', id: bottleDeposit.id, stored: createOnce(bottleDeposit, seed) },
      { entity: 'promotion', id: mixSixWines.id, stored: createOnce(mixSixWines, seed) },
      { entity: 'sellingSettings', id: sampleSettings.id, stored: createOnce(sampleSettings, seed) },
      { entity: 'loyaltyEntry', id: earlierPoints.id, stored: createOnce(earlierPoints, seed) },
    ],
    ledger: [],
    conflicts: [],
  });
  return store;
}

/** The sample cart's total, priced by the domain engine with the same rules the mutator uses. */
export function sampleTotal(lines = sampleLines): number {
  const products = Object.values(sampleProducts);
  const priced = priceCart(
    {
      currency: sampleChannel.currency,
      at: sampleSoldAt,
      customer: { id: sampleCustomer.id, type: 'retail' },
      actor: { id: sampleCashier.id, maxDiscountBp: 1000 },
      approval: null,
      lines: lines.map(({ lineId, productId, packId, qty, manualDiscount }) => ({ lineId, productId, packId, qty, manualDiscount })),
      cartDiscount: null,
    },
    pricingRulesOf(products, { taxCategories: [salesTax], depositItems: [bottleDeposit], priceLists: [], quantityBreaks: [], promotions: [mixSixWines] }, sampleSettings.pricing),
  );
  if (!priced.ok) throw new Error(priced.error.message);
  return priced.cart.total;
}

/** 5.00 in points, 100.00 by card, the rest in cash rounded up to the next 20 — unless told otherwise. */
export function samplePayments(total = sampleTotal()): Payment[] {
  const cashDue = total - 500 - 10_000;
  return [
    { kind: 'loyalty', points: 500, value: 500 },
    { kind: 'card', amount: 10_000, last4: '4242', approvalCode: '83KQ1Z', terminalRef: 'ING-77-000481' },
    { kind: 'cash', amount: Math.ceil(cashDue / 2000) * 2000 },
  ];
}

/** Runs `sale.complete` as the till does and returns the sale record it stored. */
export async function makeSampleSale(overrides: Partial<SaleCompleteV2Args> = {}): Promise<SaleRecord> {
  const store = sampleStore();
  const args: SaleCompleteV2Args = {
    v: 2,
    saleId: sampleSaleId,
    receiptNo: 'CC-03-000142',
    channelId: sampleChannel.id,
    warehouseId,
    customerId: sampleCustomer.id,
    lines: sampleLines,
    cartDiscount: null,
    approverId: null,
    payments: samplePayments(),
    ageCheck: sampleAgeCheck,
    clientTotal: sampleTotal(),
    soldAt: sampleSoldAt,
    ...overrides,
  };
  const ctx: MutatorContext = {
    side: 'till',
    deviceId: uuid(0xe003),
    actorId: sampleCashier.id,
    actorRole: 'cashier',
    channelId: sampleChannel.id,
    warehouseId,
    seq: 1,
    hlc: `${Date.parse(sampleSoldAt)}-00000-${uuid(0xe003)}`,
    base: undefined,
    now: new Date(sampleSoldAt).toISOString(),
  };
  const tx = new OverlayTx(store);
  await runMutation(tx, { name: 'sale.complete', args }, ctx);
  await tx.flush();
  const sale = (await store.load('sale', [args.saleId])).get(args.saleId)?.data;
  if (!sale) throw new Error('The sample sale was not stored.');
  return sale;
}
