import type { CatalogDefaults, CatalogInput, StepView } from './onboarding-schemas';

/**
 * The catalog step's editable rows. Rows the server already has (`saved`) cannot be removed here:
 * saving again adds and updates by name and never deletes, so offering to remove one would
 * promise what does not happen.
 */
export interface ProductTypeRow {
  key: string;
  name: string;
  ageRestricted: boolean;
  saved: boolean;
}
export interface CategoryRow {
  key: string;
  name: string;
  color: string;
  productType: string;
  saved: boolean;
}
export interface CatalogDraft {
  productTypes: ProductTypeRow[];
  categories: CategoryRow[];
}

let nextKey = 0;
const key = () => `row-${(nextKey += 1)}`;

/** What the server saved, with category types named; product type ids it cannot find read as blank. */
export function draftFromSaved(saved: Extract<StepView, { step: 'catalog' }>): CatalogDraft {
  const typeName = new Map(saved.productTypes.map((t) => [t.id, t.name]));
  return {
    productTypes: saved.productTypes.map((t) => ({ key: key(), name: t.name, ageRestricted: t.ageRestricted, saved: true })),
    categories: saved.categories.map((c) => ({ key: key(), name: c.name, color: c.color.toLowerCase(), productType: (c.productTypeId && typeName.get(c.productTypeId)) ?? '', saved: true })),
  };
}

export function draftFromDefaults(defaults: CatalogDefaults): CatalogDraft {
  return {
    productTypes: defaults.productTypes.map((t) => ({ key: key(), name: t.name, ageRestricted: t.ageRestricted, saved: false })),
    categories: defaults.categories.map((c) => ({ key: key(), name: c.name, color: c.color.toLowerCase(), productType: c.productType, saved: false })),
  };
}

export function newProductType(): ProductTypeRow {
  return { key: key(), name: '', ageRestricted: false, saved: false };
}

export function newCategory(productType: string): CategoryRow {
  return { key: key(), name: '', color: '#64748b', productType, saved: false };
}

/**
 * Renaming a product type carries its categories along (they point at it by name); a category
 * whose type was removed points at nothing until one is chosen.
 */
export function renameProductType(draft: CatalogDraft, rowKey: string, name: string): CatalogDraft {
  const before = draft.productTypes.find((t) => t.key === rowKey)?.name;
  return {
    productTypes: draft.productTypes.map((t) => (t.key === rowKey ? { ...t, name } : t)),
    categories: before === undefined || before === '' ? draft.categories : draft.categories.map((c) => (c.productType === before ? { ...c, productType: name } : c)),
  };
}

export function removeProductType(draft: CatalogDraft, rowKey: string): CatalogDraft {
  const removed = draft.productTypes.find((t) => t.key === rowKey);
  if (!removed || removed.saved) return draft;
  return {
    productTypes: draft.productTypes.filter((t) => t.key !== rowKey),
    categories: draft.categories.map((c) => (c.productType === removed.name ? { ...c, productType: '' } : c)),
  };
}

/** The body of `PUT onboarding/catalog`, row for row, so the server's issue paths point at the rows shown. */
export function catalogInput(draft: CatalogDraft): CatalogInput {
  return {
    productTypes: draft.productTypes.map((t) => ({ name: t.name.trim(), ageRestricted: t.ageRestricted })),
    categories: draft.categories.map((c) => ({ name: c.name.trim(), color: c.color, productType: c.productType.trim() })),
  };
}

/** The first thing the server would refuse, found before sending, with the field it is about. */
export function catalogProblem(draft: CatalogDraft): { field: string; message: string } | undefined {
  if (draft.productTypes.length === 0) return { field: 'productTypes', message: 'Add at least one product type.' };
  if (draft.categories.length === 0) return { field: 'categories', message: 'Add at least one category.' };
  const types = new Set<string>();
  for (const [i, t] of draft.productTypes.entries()) {
    const name = t.name.trim().toLowerCase();
    if (!name) return { field: `productTypes.${i}.name`, message: `Give product type ${i + 1} a name, or remove it.` };
    if (types.has(name)) return { field: `productTypes.${i}.name`, message: `Another product type is already called “${t.name.trim()}”.` };
    types.add(name);
  }
  const categories = new Set<string>();
  for (const [i, c] of draft.categories.entries()) {
    const name = c.name.trim().toLowerCase();
    if (!name) return { field: `categories.${i}.name`, message: `Give category ${i + 1} a name, or remove it.` };
    if (categories.has(name)) return { field: `categories.${i}.name`, message: `Another category is already called “${c.name.trim()}”.` };
    categories.add(name);
    if (!types.has(c.productType.trim().toLowerCase())) return { field: `categories.${i}.productType`, message: `Choose the product type of ${c.name.trim()}.` };
  }
  return undefined;
}

export function removeCategory(draft: CatalogDraft, rowKey: string): CatalogDraft {
  return { ...draft, categories: draft.categories.filter((c) => c.key !== rowKey || c.saved) };
}
