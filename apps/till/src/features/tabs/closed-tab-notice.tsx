import { Link } from '@tanstack/react-router';
import type { TabRecord } from '@tillsafe/sync';

/**
 * Shown instead of the products once a tab is closed (here or on another till): nothing more
 * goes on it. Lines another till added after the close went to a new tab for the same table,
 * which this links to.
 */
export function ClosedTabNotice({ tab, label, overflow, locale }: { tab: TabRecord; label: string; overflow: { id: string; label: string } | undefined; locale: string }) {
  const closedAt = tab.closedAt ? new Date(tab.closedAt).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' }) : undefined;
  return (
    <section className="bartab-closed" aria-label="Tab closed">
      <div className="bartab-closed-card">
        <div className="bartab-closed-icon" aria-hidden="true">
          <svg width="34" height="34" viewBox="0 0 24 24" focusable="false">
            <rect x="5" y="10" width="14" height="10" rx="2" fill="none" stroke="currentColor" strokeWidth="1.8" />
            <path d="M8 10V7a4 4 0 0 1 8 0v3" fill="none" stroke="currentColor" strokeWidth="1.8" />
          </svg>
        </div>
        <h2>{label} is closed</h2>
        <p className="muted">
          {closedAt ? `Closed at ${closedAt}` : 'Closed'}
          {tab.saleId ? ' · paid' : ' without payment'}
        </p>
        {overflow ? (
          <div className="bartab-closed-overflow">
            <p>Lines added on another till after it closed are on a new tab for the same table.</p>
            <Link to="/tabs/$tabId" params={{ tabId: overflow.id }} className="btn btn-primary btn-lg">
              Go to the new tab for {overflow.label}
            </Link>
          </div>
        ) : null}
        <Link to="/tabs" className="btn btn-ghost btn-lg">
          Back to open tabs
        </Link>
      </div>
    </section>
  );
}
