import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { TotalsRow } from '../../lib/totals-row';
import type { MoneyFormatter } from '../../lib/use-money';
import { MOVED_TAB_TEXT, MovedFlag } from './moved-flag';
import { OpenedAt } from './opened-at';
import { itemCountText } from './tab-card';
import { TabLineItem } from './tab-line-item';
import type { LineSendState } from './tab-ticket-state';
import { TicketSendBar } from './ticket-send-bar';
import type { TabLineView, TabView } from './tab-view';
import type { TabTickets } from './use-tab-tickets';

export interface TabPanelProps {
  view: TabView;
  money: MoneyFormatter;
  locale: string;
  /** The closed tab this one took lines for. */
  origin: { id: string; label: string } | undefined;
  onQty: (lineId: string, qty: number) => void;
  onNote: (view: TabLineView) => void;
  onVoid: (view: TabLineView) => void;
  onClose: () => void;
  onPay: () => void;
  /** A refusal or a note about the last action, with a way to dismiss it. */
  message: { tone: 'error' | 'info'; text: string } | undefined;
  onDismiss: () => void;
  /** This till's bar / kitchen tickets for the tab: each line's send state and Send. */
  tickets: TabTickets;
}

/** A closed tab can send nothing more: it keeps only what was sent, not what never was. */
function sendStateShown(state: LineSendState, open: boolean): LineSendState {
  return open || state.kind === 'sent' ? state : { kind: 'none' };
}

/** The tab itself: its lines with who added them, the running total, and closing or paying it. */
export function TabPanel({ view, money, locale, origin, onQty, onNote, onVoid, onClose, onPay, message, onDismiss, tickets }: TabPanelProps) {
  const [showVoided, setShowVoided] = useState(false);
  const open = view.tab.status === 'open';
  const total = money(view.total);
  // A voided line stays in sight until its VOID has gone to the bar / kitchen.
  const unsentVoids = view.voided.filter((v) => tickets.stateOf(v.line).kind === 'changed');
  const hiddenVoids = view.voided.length - unsentVoids.length;
  const lines = showVoided ? [...view.lines, ...view.voided] : [...view.lines, ...unsentVoids];
  return (
    <div className="cart bartab-panel">
      <header className="bartab-panel-header">
        <Link to="/tabs" className="btn btn-ghost btn-icon bartab-back" aria-label="All tabs" title="All tabs">
          <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M15 5l-7 7 7 7" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
        </Link>
        <div className="bartab-panel-titles">
          <h2>{view.label}</h2>
          <span className="muted">
            {open ? 'Opened ' : 'Closed · opened '}
            <OpenedAt iso={view.tab.openedAt} locale={locale} />
          </span>
        </div>
        <span className={open ? 'bartab-status bartab-status-open' : 'bartab-status bartab-status-closed'}>{open ? 'Open' : 'Closed'}</span>
      </header>
      {view.moved ? (
        <div className="bartab-moved">
          <MovedFlag text={MOVED_TAB_TEXT} />
          {origin ? (
            <span className="bartab-moved-from">
              {origin.label} was closed before these lines reached it; check them with the guest.{' '}
              <Link to="/tabs/$tabId" params={{ tabId: origin.id }}>
                See the closed tab
              </Link>
            </span>
          ) : null}
        </div>
      ) : null}
      {message ? (
        <div className={message.tone === 'error' ? 'bartab-message bartab-message-error' : 'bartab-message'} role={message.tone === 'error' ? 'alert' : 'status'}>
          <span>{message.text}</span>
          <button type="button" className="btn btn-ghost btn-sm" onClick={onDismiss}>
            Dismiss
          </button>
        </div>
      ) : null}

      <section className="bartab-lines" aria-label="Tab lines">
        {lines.length === 0 ? (
          <div className="cart-empty">
            <p className="cart-empty-title">Nothing on this tab yet</p>
            <p className="muted">{open ? 'Tap a product or scan a barcode to add it.' : 'It was closed empty.'}</p>
          </div>
        ) : (
          <ul className="cart-lines">
            {lines.map((line) => (
              <TabLineItem
                key={line.line.id}
                view={line}
                money={money}
                editable={open}
                onQty={onQty}
                onNote={onNote}
                onVoid={onVoid}
                sendState={sendStateShown(tickets.stateOf(line.line), open)}
                locale={locale}
              />
            ))}
          </ul>
        )}
        {hiddenVoids > 0 || (showVoided && view.voided.length > 0) ? (
          <button
            type="button"
            className="bartab-voided-toggle"
            aria-expanded={showVoided}
            onClick={() => {
              setShowVoided((on) => !on);
            }}
          >
            {showVoided ? 'Hide voided lines' : `Show ${hiddenVoids} voided ${hiddenVoids === 1 ? 'line' : 'lines'}`}
          </button>
        ) : null}
      </section>

      {open && tickets.ready ? <TicketSendBar tickets={tickets} locale={locale} /> : null}
      <footer className="cart-footer">
        <dl className="totals">
          <TotalsRow label={itemCountText(view.itemCount)} amount={`Tax included ${money(view.taxTotal)}`} />
          <TotalsRow label="Total" amount={total} className="totals-total" />
        </dl>
        {open ? (
          <div className="bartab-actions">
            <button type="button" className="btn btn-ghost btn-lg" onClick={onClose}>
              Close tab
            </button>
            <button type="button" className="btn btn-charge btn-lg bartab-pay" disabled={view.lines.length === 0} onClick={onPay} aria-label={`Pay & close ${total}`}>
              <span>Pay & close</span>
              <span className="charge-amount">{total}</span>
            </button>
          </div>
        ) : null}
      </footer>
    </div>
  );
}
