import { and, eq, inArray, sql } from 'drizzle-orm';
import { defaultSellingSettings, type QuickKey } from '@tillsafe/sync';
import type { Db } from '../db/database';
import { products } from '../db/schema';
import { sellingSettings } from '../db/selling-schema';
import { ApiError } from '../errors';
import { recordChanges } from '../sync/change-log';
import { findChannel } from './find-channel';

/** What the quick-key editor shows of a product a key names: enough to label the key. */
export interface QuickKeyProduct {
  id: string;
  name: string;
  active: boolean;
  packs: { id: string; name: string; units: number; price: number }[];
}

export interface ChannelQuickKeys {
  channel: { id: string; name: string; currency: string; locale: string };
  quickKeys: QuickKey[];
  /** The products the keys name (a key whose product is gone has none). */
  products: QuickKeyProduct[];
}

async function productsNamed(tx: Db, tenantId: string, ids: readonly string[]): Promise<QuickKeyProduct[]> {
  if (ids.length === 0) return [];
  const rows = await tx
    .select({ id: products.id, name: products.name, active: products.active, packs: products.packs })
    .from(products)
    .where(and(eq(products.tenantId, tenantId), inArray(products.id, [...new Set(ids)])));
  return rows.map((r) => ({ id: r.id, name: r.name, active: r.active, packs: r.packs.map((p) => ({ id: p.id, name: p.name, units: p.units, price: p.price })) }));
}

/** One channel's quick keys, in order, with the products they name. */
export async function loadQuickKeys(tx: Db, tenantId: string, channelId: string): Promise<ChannelQuickKeys> {
  const channel = await findChannel(tx, tenantId, channelId);
  const [row] = await tx.select({ quickKeys: sellingSettings.quickKeys }).from(sellingSettings).where(and(eq(sellingSettings.tenantId, tenantId), eq(sellingSettings.channelId, channelId)));
  const quickKeys = row?.quickKeys ?? [];
  return { channel, quickKeys, products: await productsNamed(tx, tenantId, quickKeys.map((k) => k.productId)) };
}

/**
 * Replaces one channel's quick keys and nothing else of its selling settings: the update names
 * only `quick_keys`, so a concurrent change of the channel's rounding or loyalty programme is
 * kept. A channel without settings gets the defaults beside its keys. Every key must name a
 * product of the organisation and one of its packs (an inactive one may stay; the till shows it
 * disabled). The settings move in the change log, so the channel's tills pull the new pad.
 * Returns the keys as they were before, for the audit log.
 */
export async function saveQuickKeys(tx: Db, tenantId: string, channelId: string, quickKeys: readonly QuickKey[]): Promise<QuickKey[]> {
  await findChannel(tx, tenantId, channelId);
  const known = new Map((await productsNamed(tx, tenantId, quickKeys.map((k) => k.productId))).map((p) => [p.id, p]));
  quickKeys.forEach((key, index) => {
    const product = known.get(key.productId);
    if (!product) throw new ApiError('UNKNOWN_PRODUCT', `Quick key ${index + 1} names a product this organisation does not have. Pick it again from the catalog.`, { index });
    if (key.packId !== null && !product.packs.some((p) => p.id === key.packId)) {
      throw new ApiError('UNKNOWN_PACK', `Quick key ${index + 1} (${product.name}) names a pack the product no longer has. Pick the pack again.`, { index });
    }
  });
  const [before] = await tx
    .select({ quickKeys: sellingSettings.quickKeys })
    .from(sellingSettings)
    .where(and(eq(sellingSettings.tenantId, tenantId), eq(sellingSettings.channelId, channelId)))
    .for('update');
  const defaults = defaultSellingSettings(channelId);
  await tx
    .insert(sellingSettings)
    .values({ channelId, tenantId, pricing: defaults.pricing, cashRounding: defaults.cashRounding, minimumAge: defaults.minimumAge, loyalty: defaults.loyalty, quickKeys: [...quickKeys], updatedAt: new Date() })
    .onConflictDoUpdate({ target: sellingSettings.channelId, set: { quickKeys: sql`excluded.quick_keys`, updatedAt: sql`excluded.updated_at` } });
  await recordChanges(tx, tenantId, [{ entity: 'sellingSettings', id: channelId, op: 'put' }]);
  return before?.quickKeys ?? [];
}
