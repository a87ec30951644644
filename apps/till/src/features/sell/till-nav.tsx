import { Link } from '@tanstack/react-router';
import { db } from '../../app/services';
import { useTillSession } from '../../app/till-session-store';
import { useLiveQuery } from '../../lib/use-live-query';
import { useReturnsShortcut } from '../returns/use-returns-shortcut';

/** Sell | Tabs | Returns: the till's working screens, with how many tabs are open in the store (Alt+R opens Returns). */
export function TillNav() {
  const channelId = useTillSession((s) => s.enrolment?.channelId);
  useReturnsShortcut();
  const openTabs = useLiveQuery(
    () =>
      db.tabs
        .where('status')
        .equals('open')
        .filter((t) => t.channelId === channelId)
        .count(),
    [channelId],
  );
  return (
    <nav className="till-nav" aria-label="Screens">
      <Link to="/sell" className="till-nav-link">
        Sell
      </Link>
      <Link to="/tabs" className="till-nav-link">
        Tabs
        {openTabs ? (
          <span className="till-nav-count">
            <span className="till-nav-sr">, </span>
            {openTabs}
            <span className="till-nav-sr"> open</span>
          </span>
        ) : null}
      </Link>
      <Link to="/returns" className="till-nav-link" aria-keyshortcuts="Alt+R" title="Returns (Alt+R)">
        Returns
      </Link>
    </nav>
  );
}
