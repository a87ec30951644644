import { describe, expect, test } from 'vitest';
import type { ProductRecord } from '@tillsafe/sync';
import { draftFromProduct, emptyProductDraft, fieldKeyOf, newPackDraft, readProductDraft } from './product-draft';

const CATEGORY = '0190a0e0-0000-7000-8000-0000000000a1';
const TAX = '0190a0e0-0000-7000-8000-0000000000b1';

function filled() {
  const draft = emptyProductDraft({ categoryId: CATEGORY, taxCategoryId: TAX });
  draft.sku = 'LAG-330';
  draft.name = 'Harbour Lager';
  draft.volumeMl = '330';
  draft.packs[0] = { ...draft.packs[0]!, price: '2.50', barcodes: '5000000000011, 5000000000012' };
  draft.packs.push({ ...newPackDraft('12'), name: 'Case of 12', price: '25', barcodes: '5000000000128' });
  return draft;
}

describe('the catalog editor’s form', () => {
  test('a filled form reads as the product input: prices in cents, barcodes split, sizes as numbers', () => {
    const read = readProductDraft(filled(), 'USD');
    expect(read.errors).toBeUndefined();
    expect(read.input).toMatchObject({ sku: 'LAG-330', volumeMl: 330, depositItemId: null, packs: [{ units: 1, price: 250, barcodes: ['5000000000011', '5000000000012'] }, { units: 12, price: 2500, barcodes: ['5000000000128'] }] });
    expect(read.input?.packs[0]).not.toHaveProperty('id');
  });

  test('each refusal is keyed by its field, a barcode’s by its pack’s barcodes field', () => {
    const draft = filled();
    draft.name = '';
    draft.volumeMl = 'big';
    draft.packs[1] = { ...draft.packs[1]!, price: '25.999', units: 'x' };
    expect(readProductDraft(draft, 'USD').errors).toEqual({
      name: 'A product needs a name.',
      volumeMl: 'Enter the size as a whole number of ml, e.g. 750.',
      'packs.1.price': 'Enter a price like 12.50.',
      'packs.1.units': 'Enter how many units the pack holds, e.g. 6.',
    });
    const twice = filled();
    twice.packs[1] = { ...twice.packs[1]!, barcodes: '5000000000011' };
    expect(readProductDraft(twice, 'USD').errors).toEqual({ 'packs.1.barcodes': 'Barcode 5000000000011 appears twice in this product.' });
    expect(fieldKeyOf(['packs', 2, 'barcodes', 3])).toBe('packs.2.barcodes');
    expect(fieldKeyOf(['categoryId'])).toBe('categoryId');
  });

  test('a stored product opens with its pack ids, prices as decimals and barcodes listed', () => {
    const product: ProductRecord = {
      id: '0190a0e0-0000-7000-8000-0000000000c1',
      sku: 'W-1',
      name: 'Rioja',
      brand: 'Bodega',
      categoryId: CATEGORY,
      volumeMl: 750,
      ageRestricted: true,
      taxRateBp: 1000,
      active: true,
      taxCategoryId: TAX,
      packs: [{ id: '0190a0e0-0000-7000-8000-0000000000d1', name: 'Bottle', units: 1, price: 1299, barcodes: ['1', '2'] }],
    };
    const draft = draftFromProduct(product, 'USD');
    expect(draft.packs[0]).toMatchObject({ id: product.packs[0]!.id, price: '12.99', barcodes: '1, 2', depositItemId: '' });
    expect(readProductDraft(draft, 'USD').input?.packs[0]?.id).toBe(product.packs[0]!.id);
  });
});
