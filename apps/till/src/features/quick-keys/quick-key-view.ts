import type { Pack } from '@tillsafe/domain';
import type { ProductRecord, QuickKey } from '@tillsafe/sync';
import { QUICK_KEY_COLOURS } from './quick-key-colours';

/** One button of the pad: ready to sell, or shown disabled with the reason. */
export type QuickKeyView =
  | { status: 'ready'; key: QuickKey; label: string; product: ProductRecord; pack: Pack; colour: string }
  | { status: 'unavailable'; key: QuickKey; label: string; reason: string; colour: string };

const FALLBACK_COLOUR = QUICK_KEY_COLOURS.slate.hex;

/**
 * Resolves a channel's quick keys against the till's active catalog, in the order they were
 * saved. A key adds its pack, or the product's first one when it names none. A key whose product
 * is not on sale here (deactivated, or not pulled yet) or whose pack is gone stays on the pad,
 * disabled and saying why, so the pad keeps its shape and nothing is sold by mistake. `names`
 * holds what the till knows of products that are not active (for the disabled key's label).
 * A key's colour is its own, else the product's category colour.
 */
export function quickKeyViews(
  keys: readonly QuickKey[],
  productsById: ReadonlyMap<string, ProductRecord>,
  categoryColours: ReadonlyMap<string, string>,
  names: ReadonlyMap<string, string> = new Map(),
): QuickKeyView[] {
  return keys.map((key) => {
    const product = productsById.get(key.productId);
    const own = key.colour ? QUICK_KEY_COLOURS[key.colour].hex : undefined;
    if (!product) {
      return { status: 'unavailable', key, label: key.label ?? names.get(key.productId) ?? 'Unknown product', reason: 'Not on sale', colour: own ?? FALLBACK_COLOUR };
    }
    const colour = own ?? categoryColours.get(product.categoryId) ?? FALLBACK_COLOUR;
    const label = key.label ?? product.name;
    const pack = key.packId === null ? product.packs[0] : product.packs.find((p) => p.id === key.packId);
    if (!pack) return { status: 'unavailable', key, label, reason: 'Pack no longer sold', colour };
    return { status: 'ready', key, label, product, pack, colour };
  });
}
