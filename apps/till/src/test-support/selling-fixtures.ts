import type { Stored } from '@tillsafe/sync';
import type {
  CustomerRecord,
  StaffRecord,
  DepositItemRecord,
  PriceListRecord,
  ProductRecord,
  PromotionRecord,
  QuantityBreakRecord,
  SellingSettingsRecord,
  SellingWrite,
  TaxCategoryRecord,
} from '@tillsafe/sync';
import { toProductRow } from '../db/rows';
import type { TillDb } from '../db/till-db';
import { dexieRecordStore } from '../sync-client/dexie-record-store';
import { cashier, channel, lager, pairedDb } from './fixtures';

/**
 * A liquor store's selling rules as a till pulls them (protocol 2): a mixed case of wines where a
 * 1.5 L bottle counts as two, a quantity break and a bottle deposit on the lager, a wholesale list
 * and two customers' own price lists, and the store's settings.
 */
export const wineCategoryId = '0190a0e0-0000-7000-8000-0000000000c2';
const wine = (id: string, name: string, volumeMl: number, packId: string, price: number): ProductRecord => ({
  ...lager,
  id,
  sku: `W-${id.slice(-3)}`,
  name,
  brand: 'Bodega Alta',
  categoryId: wineCategoryId,
  volumeMl,
  packs: [{ id: packId, name: 'Bottle', units: 1, price, barcodes: [] }],
});
export const rioja = wine('0190a0e0-0000-7000-8000-000000000b02', 'Rioja Crianza 750ml', 750, '0190a0e0-0000-7000-8000-0000000000b2', 1299);
export const magnum = wine('0190a0e0-0000-7000-8000-000000000b03', 'Rioja Crianza Magnum 1.5L', 1500, '0190a0e0-0000-7000-8000-0000000000b3', 2499);

export const bottleDeposit: DepositItemRecord = { id: '0190a0e0-0000-7000-8000-00000000de01', name: 'Bottle deposit', amount: 10, taxCategoryId: null };
/** The lager with the bottle deposit on every bottle. */
export const depositLager: ProductRecord = { ...lager, depositItemId: bottleDeposit.id };

export const salesTax: TaxCategoryRecord = { id: '0190a0e0-0000-7000-8000-0000000074a1', name: 'Sales tax', rateBp: 1000, inclusive: false };

const always = { customerTypes: ['retail', 'wholesale'] as ('retail' | 'wholesale')[], validFrom: null, validTo: null };
const nothingExcluded = { productIds: [], categoryIds: [], excludedProductIds: [], excludedPackIds: [] };

export const mixSixWines: PromotionRecord = {
  kind: 'mix-match',
  id: '0190a0e0-0000-7000-8000-00000000aa01',
  name: 'Mix 6 wines',
  ...always,
  scope: { ...nothingExcluded, categoryIds: [wineCategoryId] },
  minWeightedUnits: 6,
  discountBp: 1000,
  unitWeights: [{ minVolumeMl: 1500, weight: 2 }],
};

export const lagerBreaks: QuantityBreakRecord = {
  id: '0190a0e0-0000-7000-8000-00000000ab01',
  name: 'Beer',
  ...always,
  scope: { ...nothingExcluded, productIds: [lager.id] },
  tiers: [
    { minUnits: 12, discountBp: 500 },
    { minUnits: 24, discountBp: 1000 },
  ],
};

export const trade: CustomerRecord = { id: '0190a0e0-0000-7000-8000-00000000c501', name: 'Harbour Bar Ltd', type: 'wholesale', phone: null, email: null, notes: '' };
export const regular: CustomerRecord = { id: '0190a0e0-0000-7000-8000-00000000c502', name: 'Ada Lovelace', type: 'retail', phone: null, email: null, notes: '' };

const list = (id: string, name: string, kind: PriceListRecord['kind'], customerId: string | null, price: number): PriceListRecord => ({
  id,
  name,
  kind,
  customerId,
  currency: 'USD',
  validFrom: null,
  validTo: null,
  entries: [{ productId: rioja.id, packId: rioja.packs[0]!.id, price }],
});
export const wholesaleList = list('0190a0e0-0000-7000-8000-0000000071a1', 'Trade', 'wholesale', null, 1000);
export const adasList = list('0190a0e0-0000-7000-8000-0000000071a2', "Ada's prices", 'custom', regular.id, 1100);
export const tradesList = list('0190a0e0-0000-7000-8000-0000000071a3', 'Harbour Bar contract', 'custom', trade.id, 900);

export const storeSettings: SellingSettingsRecord = {
  id: channel.id,
  pricing: { rounding: 'half-even', taxRounding: 'line' },
  cashRounding: null,
  minimumAge: 21,
  loyalty: null,
};

/** A manager, who may approve a discount beyond a cashier's limit. */
export const manager: StaffRecord = { ...cashier, id: '0190a0e0-0000-7000-8000-00000000f002', name: 'Marcus Reid', role: 'manager' };

const pulled = <T>(data: T): Stored<T> => ({ data, meta: { version: {}, fields: {} } });

/** The selling records above, as one pull would bring them. */
export function sellingWrites(): SellingWrite[] {
  const records: [SellingWrite['entity'], { id: string }][] = [
    ['taxCategory', salesTax],
    ['depositItem', bottleDeposit],
    ['promotion', mixSixWines],
    ['quantityBreak', lagerBreaks],
    ['priceList', wholesaleList],
    ['priceList', adasList],
    ['priceList', tradesList],
    ['sellingSettings', storeSettings],
  ];
  return records.map(([entity, data]) => ({ entity, id: data.id, stored: pulled(data) }));
}

/** A paired till with a signed-in cashier, a manager, wines, the deposit lager, two customers and the selling rules. */
export async function sellingDb(): Promise<TillDb> {
  const db = await pairedDb();
  await db.products.bulkPut([toProductRow(depositLager), toProductRow(rioja), toProductRow(magnum)]);
  await db.customers.bulkPut([trade, regular]);
  await db.staff.put(manager);
  await dexieRecordStore(db).save({ records: [], ledger: [], conflicts: [], selling: sellingWrites() });
  return db;
}
