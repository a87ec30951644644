import { overflowTabId, type TabLineRecord, type TabRecord } from '@tillsafe/sync';
import type { TabLineRow, TabRow } from '../../db/rows';
import type { TillDb } from '../../db/till-db';
import { omit } from '../../lib/omit';

/** A tab row without the till's sync bookkeeping. */
const tabRecord = (row: TabRow): TabRecord => omit(row as TabRow & { fields?: unknown }, 'version', 'fields');
const lineRecord = (row: TabLineRow): TabLineRecord => omit(row as TabLineRow & { fields?: unknown }, 'version', 'fields');

export interface OpenTabs {
  tabs: TabRecord[];
  lines: TabLineRecord[];
}

/** The open tabs of the till's channel (this till's and those pulled from the others) with their lines. */
export async function loadOpenTabs(db: TillDb, channelId: string): Promise<OpenTabs> {
  const tabs = (await db.tabs.where('status').equals('open').toArray()).filter((t) => t.channelId === channelId);
  const lines = tabs.length ? await db.tabLines.where('tabId').anyOf(tabs.map((t) => t.id)).toArray() : [];
  return { tabs: tabs.map(tabRecord), lines: lines.map(lineRecord) };
}

export interface LoadedTab {
  tab: TabRecord | undefined;
  lines: TabLineRecord[];
  /** The tab that took lines added after this one was closed, once there is one. */
  overflow: TabRecord | undefined;
  /** The closed tab this one took lines for. */
  origin: TabRecord | undefined;
}

/**
 * One tab, its lines, and the tabs it is linked to by the closed-tab overflow rule. The tab and
 * its lines are read together (this re-runs for every line another till adds); only a closed or
 * moved tab needs a second read for the tab it is linked to.
 */
export async function loadTab(db: TillDb, tabId: string): Promise<LoadedTab> {
  const [tab, lines] = await Promise.all([db.tabs.get(tabId), db.tabLines.where('tabId').equals(tabId).toArray()]);
  const [overflow, origin] = await Promise.all([
    tab?.status === 'closed' ? db.tabs.get(overflowTabId(tabId)) : undefined,
    tab?.movedFrom ? db.tabs.get(tab.movedFrom) : undefined,
  ]);
  return {
    tab: tab && tabRecord(tab),
    lines: lines.map(lineRecord),
    overflow: overflow && tabRecord(overflow),
    origin: origin && tabRecord(origin),
  };
}
