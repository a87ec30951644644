import { MAX_QUICK_KEYS, type QuickKey, type QuickKeyColour } from '@tillsafe/sync';

/** A product as the quick-key editor shows it (the server's `quick-keys` answers). */
export interface KeyProduct {
  id: string;
  name: string;
  active: boolean;
  packs: { id: string; name: string; units: number; price: number }[];
}

/** One key being edited: what it adds, and its label as typed (blank: the product's name). */
export interface DraftKey {
  productId: string;
  packId: string | null;
  label: string;
  colour: QuickKeyColour | null;
}

export const keyId = (key: Pick<DraftKey, 'productId' | 'packId'>): string => `${key.productId}/${key.packId ?? ''}`;

export function draftOf(keys: readonly QuickKey[]): DraftKey[] {
  return keys.map((k) => ({ productId: k.productId, packId: k.packId, label: k.label ?? '', colour: k.colour ?? null }));
}

/** The keys to save: labels trimmed, a blank label or no colour left out. */
export function keysOf(draft: readonly DraftKey[]): QuickKey[] {
  return draft.map((k) => {
    const label = k.label.trim();
    return { productId: k.productId, packId: k.packId, ...(label ? { label } : {}), ...(k.colour ? { colour: k.colour } : {}) };
  });
}

/** Why a key cannot be added, or undefined when it can. */
export function cannotAdd(draft: readonly DraftKey[], productId: string, packId: string): string | undefined {
  if (draft.some((k) => keyId(k) === keyId({ productId, packId }))) return 'That pack already has a key.';
  if (draft.length >= MAX_QUICK_KEYS) return `A till shows at most ${MAX_QUICK_KEYS} quick keys. Remove one first.`;
  return undefined;
}

/** Adds a key for the pack at the end. */
export function addKey(draft: readonly DraftKey[], productId: string, packId: string): DraftKey[] {
  return cannotAdd(draft, productId, packId) ? [...draft] : [...draft, { productId, packId, label: '', colour: null }];
}

/** Moves the key at `index` one place up (-1) or down (+1); at either end nothing moves. */
export function moveKey(draft: readonly DraftKey[], index: number, by: -1 | 1): DraftKey[] {
  const to = index + by;
  if (to < 0 || to >= draft.length || index < 0 || index >= draft.length) return [...draft];
  const next = [...draft];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}

export function removeKey(draft: readonly DraftKey[], index: number): DraftKey[] {
  return draft.filter((_, i) => i !== index);
}

export function updateKey(draft: readonly DraftKey[], index: number, change: Partial<Pick<DraftKey, 'label' | 'colour'>>): DraftKey[] {
  return draft.map((k, i) => (i === index ? { ...k, ...change } : k));
}

/** What a key adds, in words: "Harbour Lager 330ml, 6-pack". The pack is the product's first when the key names none. */
export function describeKey(key: DraftKey, products: ReadonlyMap<string, KeyProduct>): { name: string; pack: string | undefined; price: number | undefined; problem: string | undefined } {
  const product = products.get(key.productId);
  if (!product) return { name: 'Unknown product', pack: undefined, price: undefined, problem: 'No longer in the catalog: remove this key.' };
  const pack = key.packId === null ? product.packs[0] : product.packs.find((p) => p.id === key.packId);
  if (!pack) return { name: product.name, pack: undefined, price: undefined, problem: 'The product no longer has this pack: remove this key.' };
  return { name: product.name, pack: pack.name, price: pack.price, problem: product.active ? undefined : 'Inactive: the tills show this key disabled.' };
}
