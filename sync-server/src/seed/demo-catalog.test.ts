import { categorySchema, isValidEan13, productSchema, type Product } from '@tillsafe/domain';
import { describe, expect, test } from 'vitest';
import { buildDemoCatalog } from './demo-catalog';

const catalog = buildDemoCatalog();
const { categories, products } = catalog;

function inCategory(name: string): Product[] {
  const category = categories.find((c) => c.name === name);
  if (!category) throw new Error(`no category named ${name}`);
  return products.filter((p) => p.categoryId === category.id);
}

function expectWithin(values: number[], low: number, high: number): void {
  expect(values.length).toBeGreaterThan(0);
  expect(Math.min(...values)).toBeGreaterThanOrEqual(low);
  expect(Math.max(...values)).toBeLessThanOrEqual(high);
}

const WINE = ['Red Wine', 'White & Rosé', 'Sparkling'];
const ALCOHOL = [...WINE, 'Beer & Cider', 'Spirits', 'Liqueurs'];
const NON_ALCOHOLIC = ['Mixers & Soft Drinks', 'Snacks'];

test('two runs produce the identical catalog', () => {
  expect(buildDemoCatalog()).toEqual(catalog);
});

test('ids depend only on the sku or category, so edits to the tables keep them', () => {
  expect(categories[0]!.id).toBe('019b76da-a800-7841-b5ac-8daa5b5ae96b');
  expect(products.find((p) => p.sku === 'RW-00001')!.id).toBe('019b76da-a800-7238-8dc2-ded95cc8816a');
});

test('every product and category parses with the domain schemas, with nothing extra', () => {
  for (const category of categories) expect(categorySchema.parse(category)).toEqual(category);
  for (const product of products) expect(productSchema.parse(product)).toEqual(product);
});

test('about 2,000 products across every category', () => {
  expect(products.length).toBeGreaterThanOrEqual(1950);
  expect(products.length).toBeLessThanOrEqual(2100);
  expect(categories.map((c) => c.name)).toEqual([...ALCOHOL, ...NON_ALCOHOLIC]);
  for (const category of categories) expect(inCategory(category.name).length).toBeGreaterThanOrEqual(80);
});

test('categories have distinct colours and a distinct sort order', () => {
  expect(new Set(categories.map((c) => c.color.toLowerCase())).size).toBe(categories.length);
  const sorts = categories.map((c) => c.sort);
  expect(new Set(sorts).size).toBe(categories.length);
  expect([...sorts].sort((a, b) => a - b)).toEqual(sorts);
});

test('every barcode is a unique valid EAN-13', () => {
  const barcodes = products.flatMap((p) => p.packs.flatMap((pack) => pack.barcodes));
  expect(barcodes.length).toBe(products.reduce((n, p) => n + p.packs.length, 0));
  for (const code of barcodes) expect(isValidEan13(code), code).toBe(true);
  expect(new Set(barcodes).size).toBe(barcodes.length);
});

test('names, skus and ids are unique across the catalog', () => {
  expect(new Set(products.map((p) => p.name)).size).toBe(products.length);
  expect(new Set(products.map((p) => p.sku)).size).toBe(products.length);
  const ids = [...categories.map((c) => c.id), ...products.map((p) => p.id), ...products.flatMap((p) => p.packs.map((pack) => pack.id))];
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
});

test('alcohol is age-restricted and mixers are not', () => {
  for (const name of ALCOHOL) {
    for (const p of inCategory(name)) expect({ sku: p.sku, ageRestricted: p.ageRestricted, taxRateBp: p.taxRateBp }).toEqual({ sku: p.sku, ageRestricted: true, taxRateBp: 1000 });
  }
  for (const name of NON_ALCOHOLIC) {
    for (const p of inCategory(name)) expect({ sku: p.sku, ageRestricted: p.ageRestricted, taxRateBp: p.taxRateBp }).toEqual({ sku: p.sku, ageRestricted: false, taxRateBp: 500 });
  }
});

test('about 1% of products are inactive', () => {
  const inactive = products.filter((p) => !p.active).length;
  expect(inactive).toBeGreaterThanOrEqual(products.length * 0.005);
  expect(inactive).toBeLessThanOrEqual(products.length * 0.02);
});

describe('each category is sold in its usual packs', () => {
  const packShape = (p: Product): string => p.packs.map((pack) => `${pack.name}×${pack.units}`).join(', ');

  test('wine by the bottle and by the case of 6 or 12', () => {
    const shapes = new Set(WINE.flatMap((name) => inCategory(name).map(packShape)));
    expect(shapes).toEqual(new Set(['Bottle×1, Case of 12×12', 'Bottle×1, Case of 6×6']));
  });

  test('beer and cider by the bottle or can, the 6-pack and the case of 24', () => {
    const shapes = new Set(inCategory('Beer & Cider').map(packShape));
    expect(shapes).toEqual(new Set(['Bottle×1, 6-pack×6, Case of 24×24', 'Can×1, 6-pack×6, Case of 24×24']));
  });

  test('spirits and liqueurs by the bottle only', () => {
    const shapes = new Set([...inCategory('Spirits'), ...inCategory('Liqueurs')].map(packShape));
    expect(shapes).toEqual(new Set(['Bottle×1']));
  });

  test('mixers singly and by the 12-pack, snacks singly', () => {
    for (const p of inCategory('Mixers & Soft Drinks')) expect(p.packs.map((pack) => pack.units)).toEqual([1, 12]);
    for (const p of inCategory('Snacks')) expect(p.packs.map((pack) => pack.units)).toEqual([1]);
  });
});

test('a case is cheaper per unit than single bottles', () => {
  for (const p of products) {
    const single = p.packs.find((pack) => pack.units === 1)!;
    for (const pack of p.packs.filter((k) => k.units > 1)) {
      expect(pack.price / pack.units, `${p.name}: ${pack.name}`).toBeLessThan(single.price);
    }
  }
});

test('a wine case is 8 to 12% off the price of its bottles', () => {
  for (const p of WINE.flatMap(inCategory)) {
    const [bottle, wineCase] = p.packs;
    const discount = 1 - wineCase!.price / (bottle!.price * wineCase!.units);
    expect(discount, p.name).toBeGreaterThanOrEqual(0.0799);
    expect(discount, p.name).toBeLessThanOrEqual(0.1201);
  }
});

test('single prices sit in realistic dollar ranges', () => {
  const singles = (names: string[], filter: (p: Product) => boolean = () => true): number[] =>
    names.flatMap(inCategory).filter(filter).map((p) => p.packs[0]!.price);
  expectWithin(singles(WINE, (p) => p.volumeMl === 750), 899, 4999);
  expectWithin(singles(['Beer & Cider']), 199, 399);
  expectWithin(singles(['Spirits'], (p) => (p.volumeMl ?? 0) >= 700), 1999, 8999);
  expectWithin(singles(['Snacks']), 149, 499);
  for (const p of products) for (const pack of p.packs) expect(Number.isInteger(pack.price)).toBe(true);
});

test('sizes are the usual ones for each kind of drink, and snacks have no volume', () => {
  const volumes = (name: string): Set<number | null> => new Set(inCategory(name).map((p) => p.volumeMl));
  for (const name of WINE) expect(volumes(name)).toEqual(new Set([375, 750, 1500]));
  expect(volumes('Beer & Cider')).toEqual(new Set([330, 355, 440, 500]));
  expect(volumes('Spirits')).toEqual(new Set([200, 700, 750, 1000]));
  expectWithin(inCategory('Mixers & Soft Drinks').map((p) => p.volumeMl ?? 0), 200, 2000);
  expect(volumes('Snacks')).toEqual(new Set([null]));
});

test('products are named the way a shop labels them', () => {
  for (const p of inCategory('Red Wine')) expect(p.name, p.sku).toMatch(/^.+ 20\d\d (375ml|750ml|1\.5L)$/);
  for (const p of inCategory('Beer & Cider')) {
    expect(p.name, p.sku).toMatch(p.packs[0]!.name === 'Can' ? / \d{3}ml Can$/ : / \d{3}ml$/);
  }
  for (const p of inCategory('Snacks')) expect(p.name, p.sku).toMatch(/ \d+g$/);
  for (const p of products) {
    expect(p.brand.length, p.sku).toBeGreaterThan(0);
    // The brand, or the short name a brewery puts on its labels, leads the name.
    if (p.brand !== 'Cellar House') expect(p.brand.split(' '), p.name).toContain(p.name.split(' ')[0]);
  }
});

test("the shop's own label carries the bar's mixers under their plain names", () => {
  const names = new Set(inCategory('Mixers & Soft Drinks').map((p) => p.name));
  for (const staple of ['Tonic Water 200ml', 'Club Soda 200ml', 'Ginger Beer 200ml', 'Tonic Water 1L']) expect(names).toContain(staple);
});
