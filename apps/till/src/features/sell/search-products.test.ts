import { expect, test } from 'vitest';
import type { ProductRecord } from '@tillsafe/sync';
import { lager } from '../../test-support/fixtures';
import { buildSearchIndex, findScanned, searchProducts } from './search-products';

const wine: ProductRecord = {
  ...lager,
  id: '0190a0e0-0000-7000-8000-000000000b02',
  sku: 'W-RIO-75',
  name: 'Rioja Crianza 750ml',
  brand: 'Bodega Harbour',
  categoryId: '0190a0e0-0000-7000-8000-0000000000c2',
  packs: [{ ...lager.packs[0]!, id: '0190a0e0-0000-7000-8000-0000000000b1', barcodes: ['5000000000017'] }],
};
const index = buildSearchIndex([lager, wine]);

test('a search matches name, brand or SKU in any case', () => {
  expect(searchProducts(index, 'LAGER', undefined).map((p) => p.name)).toEqual(['Harbour Lager 330ml']);
  expect(searchProducts(index, 'harbour', undefined)).toHaveLength(2);
  expect(searchProducts(index, 'w-rio', undefined).map((p) => p.sku)).toEqual(['W-RIO-75']);
  expect(searchProducts(index, 'gin', undefined)).toEqual([]);
});

test('an exact barcode finds its product first', () => {
  expect(searchProducts(index, ' 5000000000017 ', undefined).map((p) => p.name)).toEqual(['Rioja Crianza 750ml']);
});

test('without a query, the chosen category is shown, and results are capped', () => {
  expect(searchProducts(index, '', wine.categoryId).map((p) => p.name)).toEqual(['Rioja Crianza 750ml']);
  expect(searchProducts(index, '', undefined)).toHaveLength(2);
  expect(searchProducts(index, 'harbour', undefined, 1)).toHaveLength(1);
});

test('a scanned barcode finds the pack it is printed on in the loaded catalog, whitespace and all', () => {
  expect(findScanned(index, '4006381333948')).toEqual({ product: lager, pack: lager.packs[1] });
  expect(findScanned(index, ' 5000000000017\n')?.product.name).toBe('Rioja Crianza 750ml');
  expect(findScanned(index, '9999999999999')).toBeUndefined();
  expect(findScanned(index, '   ')).toBeUndefined();
});
