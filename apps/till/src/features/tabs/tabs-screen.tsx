import { useState } from 'react';
import type { MoneyFormatter } from '../../lib/use-money';
import { NewTabDialog } from './new-tab-dialog';
import { TabCard } from './tab-card';
import type { TabView } from './tab-view';
import { useTillFrame } from './tabs-layout';
import { useOpenTabs } from './use-open-tabs';

/** Tabs: every open tab of the store, whichever till opened it, with a running total each. */
export function TabsScreen() {
  const { enrolment, catalog, money } = useTillFrame();
  const tabs = useOpenTabs(enrolment.channelId, catalog, enrolment.deviceId);
  const [creating, setCreating] = useState(false);
  const count = tabs?.all.length ?? 0;
  const newTab = () => {
    setCreating(true);
  };

  return (
    <main className="bartabs">
      <div className="bartabs-toolbar">
        <div className="bartabs-heading">
          <h1>Tabs</h1>
          <p className="muted">{count === 0 ? 'No open tabs' : `${count} open · ${money(tabs?.outstanding ?? 0)} on tabs`}</p>
        </div>
        <button type="button" className="btn btn-primary btn-lg" onClick={newTab}>
          <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M12 5v14M5 12h14" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" />
          </svg>
          New tab
        </button>
      </div>
      <section className="bartabs-list" aria-label="Open tabs">
        {!tabs ? null : count === 0 ? (
          <div className="bartabs-empty">
            <svg width="64" height="64" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path d="M6 3h12v18l-3-2-3 2-3-2-3 2V3z" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" />
              <path d="M9 8h6M9 11.5h6M9 15h3" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" />
            </svg>
            <p className="bartabs-empty-title">No open tabs</p>
            <p>Open a tab for a table or a guest. Every till in the store adds to it, online or not.</p>
            <button type="button" className="btn btn-primary btn-lg" onClick={newTab}>
              New tab
            </button>
          </div>
        ) : (
          <>
            <TabGroup title="Tables" views={tabs.tables} money={money} locale={catalog.channel.locale} />
            <TabGroup title="Named tabs" views={tabs.named} money={money} locale={catalog.channel.locale} />
          </>
        )}
      </section>
      {creating && tabs ? (
        <NewTabDialog
          openTabs={tabs.all}
          onClose={() => {
            setCreating(false);
          }}
        />
      ) : null}
    </main>
  );
}

function TabGroup({ title, views, money, locale }: { title: string; views: readonly TabView[]; money: MoneyFormatter; locale: string }) {
  if (views.length === 0) return null;
  return (
    <>
      <h2 className="bartabs-group">
        {title} <span className="bartabs-group-count">{views.length}</span>
      </h2>
      <ul className="bartab-grid">
        {views.map((view) => (
          <TabCard key={view.tab.id} view={view} money={money} locale={locale} />
        ))}
      </ul>
    </>
  );
}
