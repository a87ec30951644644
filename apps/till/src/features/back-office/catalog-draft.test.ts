import { describe, expect, test } from 'vitest';
import { catalogInput, catalogProblem, draftFromDefaults, draftFromSaved, newCategory, newProductType, removeCategory, removeProductType, renameProductType, type CatalogDraft } from './catalog-draft';

const defaults = {
  kind: 'liquor_store',
  productTypes: [
    { name: 'Alcoholic drinks', ageRestricted: true },
    { name: 'Food', ageRestricted: false },
  ],
  categories: [
    { name: 'Wine', color: '#7A1F3D', productType: 'Alcoholic drinks' },
    { name: 'Snacks', color: '#e67e22', productType: 'Food' },
  ],
};

describe('the catalog step’s rows', () => {
  test('the liquor-store defaults become editable rows, sent back exactly as offered', () => {
    const draft = draftFromDefaults(defaults);
    expect(catalogProblem(draft)).toBeUndefined();
    expect(catalogInput(draft)).toEqual({ productTypes: defaults.productTypes, categories: [{ ...defaults.categories[0], color: '#7a1f3d' }, defaults.categories[1]] });
  });

  test('saved rows name their category’s product type and cannot be removed (saving again never deletes)', () => {
    const draft = draftFromSaved({
      step: 'catalog',
      done: true,
      productTypes: [{ id: 't1', name: 'Beer', ageRestricted: true }],
      categories: [
        { id: 'c1', name: 'Lager', color: '#D08C1F', productTypeId: 't1' },
        { id: 'c2', name: 'Odd', color: '#000000', productTypeId: null },
      ],
    });
    expect(draft.categories.map((c) => [c.name, c.productType, c.color])).toEqual([
      ['Lager', 'Beer', '#d08c1f'],
      ['Odd', '', '#000000'],
    ]);
    const typeKey = draft.productTypes[0]!.key;
    expect(removeProductType(draft, typeKey)).toBe(draft);
    expect(removeCategory(draft, draft.categories[0]!.key).categories).toHaveLength(2);
  });

  test('renaming a product type carries its categories along; removing a new one leaves them to choose again', () => {
    const start = draftFromDefaults(defaults);
    const food = start.productTypes[1]!.key;
    const renamed = renameProductType(start, food, 'Food & snacks');
    expect(renamed.categories[1]!.productType).toBe('Food & snacks');
    const removed = removeProductType(renamed, food);
    expect(removed.productTypes.map((t) => t.name)).toEqual(['Alcoholic drinks']);
    expect(removed.categories[1]!.productType).toBe('');
    expect(catalogProblem(removed)).toEqual({ field: 'categories.1.productType', message: 'Choose the product type of Snacks.' });
  });

  test('blank and repeated names are found before sending, at the row they are in', () => {
    const start = draftFromDefaults(defaults);
    const blankType: CatalogDraft = { ...start, productTypes: [...start.productTypes, newProductType()] };
    expect(catalogProblem(blankType)).toEqual({ field: 'productTypes.2.name', message: 'Give product type 3 a name, or remove it.' });
    const twice: CatalogDraft = { ...start, categories: [...start.categories, { ...newCategory('Food'), name: ' wine ' }] };
    expect(catalogProblem(twice)).toEqual({ field: 'categories.2.name', message: 'Another category is already called “wine”.' });
    expect(catalogProblem({ productTypes: [], categories: [] })).toEqual({ field: 'productTypes', message: 'Add at least one product type.' });
  });

  test('rows are sent one for one with what is shown, so the server’s refusals point at the right row', () => {
    const start = draftFromDefaults(defaults);
    const draft: CatalogDraft = { ...start, categories: [...start.categories, { ...newCategory('Food'), name: '  Crisps ' }] };
    expect(catalogInput(draft).categories.map((c) => c.name)).toEqual(['Wine', 'Snacks', 'Crisps']);
  });
});
