import { useMemo } from 'react';
import { db } from '../../app/services';
import { useLiveQuery } from '../../lib/use-live-query';
import type { Catalog } from '../sell/use-catalog';
import { loadTab } from './load-tabs';
import { tabLabel, viewTab, type TabView } from './tab-view';

export type TabState =
  | { status: 'loading' }
  | { status: 'missing' }
  | {
      status: 'found';
      view: TabView;
      /** The tab that took lines added after this one was closed, with its label. */
      overflow: { id: string; label: string } | undefined;
      /** The closed tab this one took lines for. */
      origin: { id: string; label: string; closedAt: string | null } | undefined;
    };

/** One tab with its priced lines, live: lines from other tills appear as pulls store them. */
export function useTab(tabId: string, catalog: Catalog, deviceId: string): TabState {
  const data = useLiveQuery(() => loadTab(db, tabId), [tabId]);
  return useMemo((): TabState => {
    if (!data) return { status: 'loading' };
    if (!data.tab) return { status: 'missing' };
    return {
      status: 'found',
      view: viewTab(data.tab, data.lines, catalog.productsById, deviceId),
      overflow: data.overflow && { id: data.overflow.id, label: tabLabel(data.overflow) },
      origin: data.origin && { id: data.origin.id, label: tabLabel(data.origin), closedAt: data.origin.closedAt },
    };
  }, [data, catalog.productsById, deviceId]);
}
