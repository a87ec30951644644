import { Link } from '@tanstack/react-router';
import type { MoneyFormatter } from '../../lib/use-money';
import { MOVED_TAB_TEXT, MovedFlag } from './moved-flag';
import { OpenedAt } from './opened-at';
import type { TabView } from './tab-view';

export function itemCountText(count: number): string {
  return count === 0 ? 'No items' : `${count} ${count === 1 ? 'item' : 'items'}`;
}

/** One open tab in the list: its table, name, items, how long it has run and what it owes. */
export function TabCard({ view, money, locale }: { view: TabView; money: MoneyFormatter; locale: string }) {
  const { tab } = view;
  const total = money(view.total);
  const items = itemCountText(view.itemCount);
  const name = `${view.label}, ${items}, ${total}${view.moved ? `, ${MOVED_TAB_TEXT.toLowerCase()}` : ''}`;
  return (
    <li>
      <Link to="/tabs/$tabId" params={{ tabId: tab.id }} className={view.moved ? 'bartab-card bartab-card-moved' : 'bartab-card'} aria-label={name}>
        <span className={tab.tableNo ? 'bartab-badge' : 'bartab-badge bartab-badge-name'} aria-hidden="true">
          {tab.tableNo ?? initialOf(tab.name)}
        </span>
        <span className="bartab-card-text">
          <span className="bartab-card-title">{tab.tableNo ? `Table ${tab.tableNo}` : view.label}</span>
          {tab.tableNo && tab.name ? <span className="bartab-card-name">{tab.name}</span> : null}
          <span className="bartab-card-meta">{items}</span>
        </span>
        <span className="bartab-card-foot">
          <span className="bartab-card-time">
            <svg width="14" height="14" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" strokeWidth="2" />
              <path d="M12 7v5l3 2" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
            </svg>
            <OpenedAt iso={tab.openedAt} locale={locale} />
          </span>
          <span className="bartab-card-total">{total}</span>
        </span>
        {view.moved ? <MovedFlag text={MOVED_TAB_TEXT} compact /> : null}
      </Link>
    </li>
  );
}

function initialOf(name: string): string {
  return name.trim().charAt(0).toUpperCase() || '#';
}
