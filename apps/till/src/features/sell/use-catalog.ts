import type { CategoryRecord, ChannelRecord, ProductRecord } from '@tillsafe/sync';
import { useMemo } from 'react';
import { db } from '../../app/services';
import { fromProductRow } from '../../db/rows';
import { omit } from '../../lib/omit';
import { useLiveQuery } from '../../lib/use-live-query';
import { buildSearchIndex, type SearchIndex } from './search-products';

export interface Catalog {
  channel: ChannelRecord;
  categories: CategoryRecord[];
  products: ProductRecord[];
  productsById: ReadonlyMap<string, ProductRecord>;
  searchIndex: SearchIndex;
}

/** The channel and its active catalog, live: a pull that changes a price shows at once. */
export function useCatalog(channelId: string): Catalog | undefined {
  const data = useLiveQuery(async () => {
    const [channel, categories, products] = await Promise.all([
      db.channels.get(channelId),
      db.categories.orderBy('sort').toArray(),
      db.products.orderBy('name').filter((p) => p.active).toArray(),
    ]);
    return { channel, categories: categories.map((c) => omit(c, 'version')), products: products.map(fromProductRow) };
  }, [channelId]);

  return useMemo(() => {
    if (!data?.channel) return undefined;
    return {
      channel: omit(data.channel, 'version'),
      categories: data.categories,
      products: data.products,
      productsById: new Map(data.products.map((p) => [p.id, p])),
      searchIndex: buildSearchIndex(data.products),
    };
  }, [data]);
}
