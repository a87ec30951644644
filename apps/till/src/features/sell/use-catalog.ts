import type { CategoryRecord, ChannelRecord, ProductRecord } from '@tillsafe/sync';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { db, liveCatalog } from '../../app/services';
import { omit } from '../../lib/omit';
import { useLiveQuery } from '../../lib/use-live-query';
import type { ProductIndex } from './product-index';

export interface Catalog {
  channel: ChannelRecord;
  categories: CategoryRecord[];
  /** Active products by id. */
  productsById: ReadonlyMap<string, ProductRecord>;
  /** The in-memory index the sell screen searches and scans with (live-catalog.ts). */
  searchIndex: ProductIndex;
  /** Moves whenever a product changed: the index is updated in place. */
  version: number;
}

/**
 * The channel, its categories and its active catalog, live: a pull that changes a price shows at
 * once. Products come from the till's in-memory catalog, loaded once and updated product by
 * product; the channel and categories are small and read from IndexedDB.
 */
export function useCatalog(channelId: string): Catalog | undefined {
  const data = useLiveQuery(async () => {
    const [channel, categories] = await Promise.all([db.channels.get(channelId), db.categories.orderBy('sort').toArray()]);
    return { channel, categories: categories.map((c) => omit(c, 'version')) };
  }, [channelId]);
  const products = useSyncExternalStore(liveCatalog.subscribe, liveCatalog.getSnapshot);
  useEffect(() => {
    void liveCatalog.load();
  }, []);

  return useMemo(() => {
    if (!data?.channel || !products) return undefined;
    return {
      channel: omit(data.channel, 'version'),
      categories: data.categories,
      productsById: products.productsById,
      searchIndex: products.index,
      version: products.version,
    };
  }, [data, products]);
}
