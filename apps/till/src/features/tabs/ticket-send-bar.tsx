import { Link } from '@tanstack/react-router';
import { SEND_SHORTCUT, type TabTickets } from './use-tab-tickets';

export function notSentText(count: number): string {
  return `${count} ${count === 1 ? 'change' : 'changes'} not sent`;
}

/**
 * Above the tab's total: what the bar and kitchen have not heard yet and the Send button, or
 * the last ticket and how its printing went. A problem shows here and never blocks the tab.
 */
export function TicketSendBar({ tickets, locale }: { tickets: TabTickets; locale: string }) {
  const { pendingCount, last, lastStatus, outcome, busy } = tickets;
  const pending = pendingCount > 0;
  const at = last ? new Date(last.sentAt).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' }) : undefined;
  return (
    <section className={pending ? 'ticket-bar ticket-bar-pending' : 'ticket-bar'} aria-label="Bar and kitchen tickets">
      <div className="ticket-bar-row">
        <span className="ticket-bar-icon" aria-hidden="true">
          <svg width="22" height="22" viewBox="0 0 24 24" focusable="false">
            <path d="M6 3h12v18l-3-2-3 2-3-2-3 2V3z" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round" />
            <path d="M9 8h6M9 11.5h6M9 15h3" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
          </svg>
        </span>
        <div className="ticket-bar-text" role="status">
          {pending ? (
            <>
              <strong>{pendingCount} not sent</strong>
              <span>to the bar / kitchen</span>
            </>
          ) : last ? (
            <>
              <strong>All sent · {at}</strong>
              <span className="ticket-bar-detail" title={lastStatus ? `Ticket ${last.ticketNo} · ${lastStatus.text}` : undefined}>
                Ticket {last.ticketNo}
                {lastStatus && lastStatus.tone !== 'warn' ? ` · ${lastStatus.text}` : null}
              </span>
            </>
          ) : (
            <>
              <strong>Nothing to send</strong>
              <span>New lines go to the bar / kitchen with Send</span>
            </>
          )}
        </div>
        <button
          type="button"
          className="btn btn-lg ticket-send"
          disabled={!pending || busy}
          aria-keyshortcuts={SEND_SHORTCUT}
          title="Send to the bar / kitchen (Ctrl+Enter)"
          onClick={() => {
            void tickets.send();
          }}
        >
          <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M4 12l16-8-6 16-2.5-6.5L4 12z" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
          </svg>
          {busy ? 'Sending…' : 'Send'}
          {pending && !busy ? <span className="ticket-send-count">{pendingCount}</span> : null}
        </button>
      </div>
      {lastStatus?.tone === 'warn' && last ? (
        <p className="ticket-bar-note ticket-bar-warn" role="alert">
          Ticket {last.ticketNo}: {lastStatus.text}
        </p>
      ) : null}
      {outcome ? (
        <div className={outcome.tone === 'error' ? 'ticket-bar-note ticket-bar-error' : 'ticket-bar-note'} role={outcome.tone === 'error' ? 'alert' : 'status'}>
          <span>{outcome.text}</span>
          <span className="ticket-bar-note-actions">
            {outcome.code === 'NO_TICKET_PRINTER' ? (
              <Link to="/settings/printers" className="btn btn-primary btn-sm">
                Printers & devices
              </Link>
            ) : null}
            <button type="button" className="btn btn-ghost btn-sm" onClick={tickets.dismiss}>
              Dismiss
            </button>
          </span>
        </div>
      ) : null}
    </section>
  );
}
