import { expect, test } from 'vitest';
import type { ProductRecord } from '@tillsafe/sync';
import { lager } from '../../test-support/fixtures';
import { ProductIndex } from './product-index';

const whiskyCategory = '0190a0e0-0000-7000-8000-0000000000c3';
let ids = 0;
function product(name: string, brand: string, overrides: Partial<ProductRecord> = {}): ProductRecord {
  ids += 1;
  const n = String(ids).padStart(4, '0');
  return {
    ...lager,
    id: `0190a0e0-0000-7000-8000-00000001${n}`,
    sku: `SKU-${n}`,
    name,
    brand,
    volumeMl: 700,
    packs: [{ id: `0190a0e0-0000-7000-8000-00000002${n}`, name: 'Bottle', units: 1, price: 2999, barcodes: [`50000000${n}0`] }],
    ...overrides,
  };
}

const jameson = product('Jameson Irish Whiskey 700ml', 'Jameson', { categoryId: whiskyCategory });
const jamesonBlack = product('Jameson Black Barrel 700ml', 'Jameson', { categoryId: whiskyCategory });
const james = product('St James Rum 1L', 'St James', { volumeMl: 1000 });
const rioja = product('Rioja Crianza 750ml', 'Bodega Harbour', { sku: 'W-RIO-75', volumeMl: 750 });
const names = (products: readonly ProductRecord[]) => products.map((p) => p.name);
const index = () => ProductIndex.build([lager, jameson, jamesonBlack, james, rioja]);

test('a name with a typo still finds the product ("jamesen" finds Jameson)', () => {
  expect(names(index().search('jamesen', undefined).products)).toEqual(['Jameson Black Barrel 700ml', 'Jameson Irish Whiskey 700ml']);
  expect(names(index().search('jamesen irish', undefined).products)).toEqual(['Jameson Irish Whiskey 700ml']);
});

test('every word of the query must match, in any order and any field', () => {
  expect(names(index().search('irish jameson', undefined).products)).toEqual(['Jameson Irish Whiskey 700ml']);
  expect(names(index().search('harbour crianza', undefined).products)).toEqual(['Rioja Crianza 750ml']);
  expect(index().search('jameson vodka', undefined).products).toEqual([]);
});

test('an exact word ranks above a prefix, a prefix above a typo, and a name that starts with the query first', () => {
  expect(names(index().search('james', undefined).products)).toEqual(['St James Rum 1L', 'Jameson Black Barrel 700ml', 'Jameson Irish Whiskey 700ml']);
  expect(names(index().search('jame', undefined).products)).toEqual(['Jameson Black Barrel 700ml', 'Jameson Irish Whiskey 700ml', 'St James Rum 1L']);
});

test('a size matches however the cashier writes it', () => {
  expect(names(index().search('rioja 75cl', undefined).products)).toEqual(['Rioja Crianza 750ml']);
  expect(names(index().search('rum 1 l', undefined).products)).toEqual(['St James Rum 1L']);
  expect(names(index().search('750 ml', undefined).products)).toEqual(['Rioja Crianza 750ml']);
});

test('a SKU or barcode, whole or its start, finds its product first', () => {
  expect(names(index().search('w-rio', undefined).products)).toEqual(['Rioja Crianza 750ml']);
  expect(names(index().search(' 4006381333948 ', undefined).products)).toEqual(['Harbour Lager 330ml']);
  expect(names(index().search(rioja.packs[0]!.barcodes[0]!, undefined).products)[0]).toBe('Rioja Crianza 750ml');
});

test('a scanned barcode names its pack: the case barcode is the case', () => {
  const found = index().findBarcode('4006381333948');
  expect(found?.product.id).toBe(lager.id);
  expect(found?.pack.name).toBe('6-pack');
  expect(index().findBarcode(' 4006381333931\n')?.pack.name).toBe('Bottle');
  expect(index().findBarcode('9999999999999')).toBeUndefined();
});

test('without a query, a category lists its products in name order, with how many there are', () => {
  const result = index().search('', whiskyCategory, 1);
  expect(names(result.products)).toEqual(['Jameson Black Barrel 700ml']);
  expect(result.total).toBe(2);
  expect(index().search('  ', undefined).total).toBe(5);
});

test('a changed product is found by its new name and barcode only, and an inactive one leaves', () => {
  const idx = index();
  idx.upsert({ ...rioja, name: 'Rioja Reserva 750ml', packs: [{ ...rioja.packs[0]!, barcodes: ['7770001112223'] }] });
  expect(idx.search('crianza', undefined).products).toEqual([]);
  expect(names(idx.search('reserva', undefined).products)).toEqual(['Rioja Reserva 750ml']);
  expect(idx.findBarcode(rioja.packs[0]!.barcodes[0]!)).toBeUndefined();
  expect(idx.findBarcode('7770001112223')?.product.name).toBe('Rioja Reserva 750ml');
  idx.upsert({ ...jameson, active: false });
  expect(names(idx.search('jameson', undefined).products)).toEqual(['Jameson Black Barrel 700ml']);
  expect(idx.get(jameson.id)).toBeUndefined();
  expect(idx.size).toBe(4);
});

test('many changes compact the index without losing a product', () => {
  const idx = index();
  for (let round = 0; round < 600; round++) for (const p of [jameson, james]) idx.upsert({ ...p, name: `${p.name} v${round}` });
  expect(idx.size).toBe(5);
  expect(names(idx.search('jameson irish', undefined).products)).toEqual(['Jameson Irish Whiskey 700ml v599']);
  expect(idx.findBarcode(james.packs[0]!.barcodes[0]!)?.product.name).toBe('St James Rum 1L v599');
});

test('results are capped, with the total of all that match', () => {
  const result = index().search('700ml', undefined, 1);
  expect(result.products).toHaveLength(1);
  expect(result.total).toBe(2);
});
