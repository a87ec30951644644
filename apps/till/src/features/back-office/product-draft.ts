import { moneyText, parseMoneyText, type Currency } from '@tillsafe/domain';
import { productInputSchema, type ProductInput, type ProductRecord } from '@tillsafe/sync';

/**
 * The catalog editor's form as text, the way people type it, and its reading into a product
 * input with the server's own schema (catalog-input.ts). Refusals are keyed by field: the input's
 * path, with a barcode's index dropped, since a pack's barcodes share one field.
 */
export interface PackDraft {
  /** React's key; a stored pack's id, or a fresh one. */
  key: string;
  id: string | undefined;
  name: string;
  units: string;
  price: string;
  /** Codes separated by commas, spaces or new lines. */
  barcodes: string;
  /** '' for none. */
  depositItemId: string;
}

export interface ProductDraft {
  sku: string;
  name: string;
  brand: string;
  categoryId: string;
  volumeMl: string;
  ageRestricted: boolean;
  taxCategoryId: string;
  depositItemId: string;
  active: boolean;
  packs: PackDraft[];
}

export type FieldErrors = Partial<Record<string, string>>;

let keys = 0;
const newKey = () => `new-${++keys}`;

export function newPackDraft(units = ''): PackDraft {
  return { key: newKey(), id: undefined, name: '', units, price: '', barcodes: '', depositItemId: '' };
}

/** A new product: one bottle pack, age-restricted (it is a liquor store), active. */
export function emptyProductDraft(defaults: { categoryId?: string | undefined; taxCategoryId?: string | undefined } = {}): ProductDraft {
  return {
    sku: '',
    name: '',
    brand: '',
    categoryId: defaults.categoryId ?? '',
    volumeMl: '',
    ageRestricted: true,
    taxCategoryId: defaults.taxCategoryId ?? '',
    depositItemId: '',
    active: true,
    packs: [{ ...newPackDraft('1'), name: 'Bottle' }],
  };
}

export function draftFromProduct(p: ProductRecord, currency: Currency): ProductDraft {
  return {
    sku: p.sku,
    name: p.name,
    brand: p.brand,
    categoryId: p.categoryId,
    volumeMl: p.volumeMl === null ? '' : String(p.volumeMl),
    ageRestricted: p.ageRestricted,
    taxCategoryId: p.taxCategoryId ?? '',
    depositItemId: p.depositItemId ?? '',
    active: p.active,
    packs: p.packs.map((pack) => ({
      key: pack.id,
      id: pack.id,
      name: pack.name,
      units: String(pack.units),
      price: moneyText(pack.price, currency),
      barcodes: pack.barcodes.join(', '),
      depositItemId: pack.depositItemId ?? '',
    })),
  };
}

/** The field a path of the input names: `packs.1.barcodes.0` is the second pack's barcodes field. */
export function fieldKeyOf(path: readonly (string | number | symbol)[]): string {
  const parts = path.map(String);
  if (parts[0] === 'packs' && parts[2] === 'barcodes') return parts.slice(0, 3).join('.');
  return parts.join('.');
}

const WHOLE = /^\d{1,7}$/;

export function readProductDraft(draft: ProductDraft, currency: Currency): { input: ProductInput; errors?: undefined } | { errors: FieldErrors; input?: undefined } {
  const errors: FieldErrors = {};
  const volume = draft.volumeMl.trim();
  if (volume && !WHOLE.test(volume)) errors.volumeMl = 'Enter the size as a whole number of ml, e.g. 750.';
  const packs = draft.packs.map((pack, i) => {
    const price = parseMoneyText(pack.price, currency);
    if (price === undefined) errors[`packs.${i}.price`] = pack.price.trim() ? `Enter a price like ${moneyText(1250, currency)}.` : 'Enter a price.';
    if (!WHOLE.test(pack.units.trim())) errors[`packs.${i}.units`] = 'Enter how many units the pack holds, e.g. 6.';
    return {
      ...(pack.id ? { id: pack.id } : {}),
      name: pack.name,
      units: Number(pack.units.trim()),
      price: price ?? 0,
      barcodes: pack.barcodes.split(/[\s,;]+/).filter(Boolean),
      depositItemId: pack.depositItemId || null,
    };
  });
  const parsed = productInputSchema.safeParse({
    sku: draft.sku,
    name: draft.name,
    brand: draft.brand,
    categoryId: draft.categoryId,
    volumeMl: volume ? Number(volume) : null,
    ageRestricted: draft.ageRestricted,
    taxCategoryId: draft.taxCategoryId,
    depositItemId: draft.depositItemId || null,
    active: draft.active,
    packs,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = fieldKeyOf(issue.path);
      errors[key] ??= sentence(issue.message);
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { errors };
  return { input: parsed.data };
}

/** "a pack needs a name" → "A pack needs a name." */
function sentence(message: string): string {
  const text = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
