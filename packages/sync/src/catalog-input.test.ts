import { describe, expect, test } from 'vitest';
import { productInputSchema, type ProductInput } from './catalog-input';

const input = (): ProductInput => ({
  sku: 'LAG-330',
  name: 'Harbour Lager',
  brand: 'Harbour Brewing',
  categoryId: '0190a0e0-0000-7000-8000-0000000000a1',
  volumeMl: 330,
  ageRestricted: true,
  taxCategoryId: '0190a0e0-0000-7000-8000-0000000000b1',
  depositItemId: null,
  active: true,
  packs: [
    { name: 'Bottle', units: 1, price: 250, barcodes: ['5000000000011', '5000000000012'], depositItemId: null },
    { name: 'Case of 12', units: 12, price: 2500, barcodes: ['5000000000128'], depositItemId: null },
  ],
});

const pathsOf = (value: unknown) => {
  const parsed = productInputSchema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((i) => [i.path.join('.'), i.message]);
};

describe('a product as the back office edits it', () => {
  test('a bottle and a case, each with its barcodes, is a valid product; text is trimmed', () => {
    const parsed = productInputSchema.parse({ ...input(), name: '  Harbour Lager ' });
    expect(parsed.name).toBe('Harbour Lager');
    expect(parsed.packs.map((p) => p.units)).toEqual([1, 12]);
  });

  test('the same barcode on two packs of one product is refused at the second', () => {
    const p = input();
    p.packs[1]!.barcodes = ['5000000000012'];
    expect(pathsOf(p)).toEqual([['packs.1.barcodes.0', 'barcode 5000000000012 appears twice in this product']]);
  });

  test('two packs with one name, a negative price and a zero-unit pack are refused field by field', () => {
    const p = input();
    p.packs[1] = { ...p.packs[1]!, name: 'bottle', price: -5, units: 0 };
    expect(pathsOf(p)).toEqual([
      ['packs.1.units', 'a pack holds at least 1 unit'],
      ['packs.1.price', 'a price cannot be negative'],
      ['packs.1.name', 'another pack is already called bottle'],
    ]);
  });

  test('a product needs a name, a SKU, a category, a tax category and a pack', () => {
    expect(pathsOf({ ...input(), name: ' ', sku: '', categoryId: '', taxCategoryId: 'x', packs: [] }).map(([path]) => path)).toEqual(['sku', 'name', 'categoryId', 'taxCategoryId', 'packs']);
  });

  test('a barcode with spaces inside is refused', () => {
    const p = input();
    p.packs[0]!.barcodes = ['50 00'];
    expect(pathsOf(p)).toEqual([['packs.0.barcodes.0', 'a barcode is 1 to 64 letters, digits or dashes']]);
  });
});
