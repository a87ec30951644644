import type { QuickKey } from '@tillsafe/sync';
import { useMemo } from 'react';
import { db } from '../../app/services';
import { readProducts } from '../../db/product-table';
import { sellingSettingsOf } from '../../db/selling-settings';
import { useLiveQuery } from '../../lib/use-live-query';
import { quickKeyViews, type QuickKeyView } from '../quick-keys/quick-key-view';
import type { Catalog } from './use-catalog';

const NONE: readonly QuickKey[] = [];

/**
 * The channel's quick-key pad as last pulled (offline too: it is read from the till's own
 * database), resolved against the live catalog: a pull that changes the keys or a price shows at
 * once. Undefined until the settings have been read.
 */
export function useQuickKeys(catalog: Catalog): QuickKeyView[] | undefined {
  const channelId = catalog.channel.id;
  const stored = useLiveQuery(async () => {
    const row = await db.sellingSettings.get(channelId);
    const keys = sellingSettingsOf(row, channelId).quickKeys ?? NONE;
    // Products not on sale are not in the live catalog: their stored names label their disabled keys.
    const missing = [...new Set(keys.map((k) => k.productId))];
    const rows = await readProducts(db, missing);
    const names = new Map(rows.flatMap((r) => (r ? [[r.id, r.name] as const] : [])));
    return { keys, names };
  }, [channelId]);
  const { productsById, categories, version } = catalog;
  return useMemo(() => {
    if (!stored) return undefined;
    return quickKeyViews(stored.keys, productsById, new Map(categories.map((c) => [c.id, c.color])), stored.names);
    // `version` moves when a pull changed the catalog in place.
  }, [stored, productsById, categories, version]);
}
