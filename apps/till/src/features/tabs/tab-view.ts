import { priceSale, type MinorUnits } from '@tillsafe/domain';
import type { ProductRecord, TabLineRecord, TabRecord } from '@tillsafe/sync';

/** One line of a tab as the bartender sees it. */
export interface TabLineView {
  line: TabLineRecord;
  name: string;
  packName: string;
  unitPrice: MinorUnits;
  /** Zero for a voided line or one whose product has left the catalog. */
  lineTotal: MinorUnits;
  /** Rung up on this till, as opposed to another till of the store. */
  addedHere: boolean;
  /** It was meant for a tab another till had already closed, so it landed here. */
  moved: boolean;
  /** False when a pull removed its product or pack: shown, never priced. */
  known: boolean;
}

export interface TabView {
  tab: TabRecord;
  label: string;
  /** Lines still on the tab, oldest first. */
  lines: TabLineView[];
  /** Voided lines, kept for the record (a void is a tombstone, never a delete). */
  voided: TabLineView[];
  itemCount: number;
  total: MinorUnits;
  taxTotal: MinorUnits;
  /** This tab took lines added after another till closed the tab they were meant for. */
  moved: boolean;
}

/** "Table 7", "Sam", "Table 7 · Sam": how a tab is named on screen and for assistive technology. */
export function tabLabel(tab: Pick<TabRecord, 'name' | 'tableNo'>): string {
  const name = tab.name.trim();
  const table = tab.tableNo?.trim();
  if (table && name) return `Table ${table} · ${name}`;
  if (table) return `Table ${table}`;
  return name || 'Untitled tab';
}

/**
 * A tab with its lines priced by the same domain rule as a sale (`priceSale`), over the lines
 * that are not voided. Lines come back in the order they were added: their ids are UUID v7,
 * which start with the time they were made on whichever till made them.
 */
export function viewTab(tab: TabRecord, lines: readonly TabLineRecord[], products: ReadonlyMap<string, ProductRecord>, deviceId: string): TabView {
  const ordered = [...lines].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const packOf = (line: TabLineRecord) => products.get(line.productId)?.packs.find((p) => p.id === line.packId);
  const priceable = ordered.filter((line) => !line.voided && packOf(line));
  const priced = priceSale(priceable, (id) => products.get(id));
  const totals = new Map(priceable.map((line, i) => [line.id, priced.lines[i]?.lineTotal ?? 0]));

  const view = (line: TabLineRecord): TabLineView => {
    const product = products.get(line.productId);
    const pack = packOf(line);
    return {
      line,
      name: product?.name ?? 'Product no longer in the catalog',
      packName: pack?.name ?? '',
      unitPrice: pack?.price ?? 0,
      lineTotal: totals.get(line.id) ?? 0,
      addedHere: line.addedBy === deviceId,
      moved: line.movedFrom !== null,
      known: pack !== undefined,
    };
  };

  const live = ordered.filter((line) => !line.voided).map(view);
  return {
    tab,
    label: tabLabel(tab),
    lines: live,
    voided: ordered.filter((line) => line.voided).map(view),
    itemCount: live.reduce((sum, l) => sum + l.line.qty, 0),
    total: priced.total,
    taxTotal: priced.taxTotal,
    moved: tab.movedFrom !== null,
  };
}

const byTable = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

export interface TabGroups {
  /** Tabs with a table number, in table order (2 before 10). */
  tables: TabView[];
  /** Tabs with only a name, alphabetically. */
  named: TabView[];
}

/**
 * Open tabs for the list: tables first in table order, then named tabs. A table that has a tab
 * moved from a closed one shows both, the older first.
 */
export function groupTabs(views: readonly TabView[]): TabGroups {
  const tables = views
    .filter((v) => v.tab.tableNo)
    .sort((a, b) => byTable.compare(a.tab.tableNo ?? '', b.tab.tableNo ?? '') || byTable.compare(a.tab.name, b.tab.name) || a.tab.openedAt.localeCompare(b.tab.openedAt));
  const named = views.filter((v) => !v.tab.tableNo).sort((a, b) => byTable.compare(a.label, b.label) || a.tab.openedAt.localeCompare(b.tab.openedAt));
  return { tables, named };
}
