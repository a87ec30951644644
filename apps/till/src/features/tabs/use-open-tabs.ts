import type { TabLineRecord } from '@tillsafe/sync';
import { useMemo } from 'react';
import { db } from '../../app/services';
import { useLiveQuery } from '../../lib/use-live-query';
import type { Catalog } from '../sell/use-catalog';
import { loadOpenTabs } from './load-tabs';
import { groupTabs, viewTab, type TabGroups, type TabView } from './tab-view';

export interface OpenTabsView extends TabGroups {
  all: TabView[];
  /** What is owed across every open tab. */
  outstanding: number;
}

/**
 * The channel's open tabs, live: a tab or line another till made shows as soon as a pull
 * stores it, and a price change re-prices every running total.
 */
export function useOpenTabs(channelId: string, catalog: Catalog, deviceId: string): OpenTabsView | undefined {
  const data = useLiveQuery(() => loadOpenTabs(db, channelId), [channelId]);
  return useMemo(() => {
    if (!data) return undefined;
    const byTab = new Map<string, TabLineRecord[]>();
    for (const line of data.lines) byTab.set(line.tabId, [...(byTab.get(line.tabId) ?? []), line]);
    const all = data.tabs.map((tab) => viewTab(tab, byTab.get(tab.id) ?? [], catalog.productsById, deviceId));
    return { ...groupTabs(all), all, outstanding: all.reduce((sum, v) => sum + v.total, 0) };
  }, [data, catalog.productsById, deviceId]);
}
