import { useNavigate, useParams } from '@tanstack/react-router';
import { Link } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { ModalDialog } from '../../lib/modal-dialog';
import { ProductBrowser } from '../sell/product-browser';
import { ClosedTabNotice } from './closed-tab-notice';
import { ConfirmDialog } from './confirm-dialog';
import { LineNoteDialog } from './line-note-dialog';
import { PayTabFlow } from './pay-tab-flow';
import { itemCountText } from './tab-card';
import { lineWhat } from './tab-line-item';
import { TabPanel } from './tab-panel';
import { notSentText } from './ticket-send-bar';
import type { TabLineView, TabView } from './tab-view';
import { useTillFrame, type TillFrame } from './tabs-layout';
import { useTab } from './use-tab';
import { useTabActions } from './use-tab-actions';
import { useSendShortcut, useTabTickets } from './use-tab-tickets';

/** One tab: the products to add on the left, the tab's lines and total on the right. */
export function TabScreen() {
  const { tabId = '' } = useParams({ strict: false });
  return <TabDetail key={tabId} tabId={tabId} frame={useTillFrame()} />;
}

type Asking =
  | { kind: 'close' }
  | { kind: 'pay' }
  /** Lines not sent to the bar / kitchen yet, asked about before paying or closing. */
  | { kind: 'unsent'; then: 'pay' | 'close' }
  | { kind: 'void'; line: TabLineView }
  | { kind: 'note'; line: TabLineView }
  | undefined;

function TabDetail({ tabId, frame }: { tabId: string; frame: TillFrame }) {
  const { catalog, enrolment, money } = frame;
  const state = useTab(tabId, catalog, enrolment.deviceId);
  const actions = useTabActions(tabId);
  const navigate = useNavigate();
  const [asking, setAsking] = useState<Asking>(undefined);
  const done = () => {
    setAsking(undefined);
  };
  const lines = useMemo(() => (state.status === 'found' ? [...state.view.lines, ...state.view.voided].map((v) => v.line) : []), [state]);
  const tickets = useTabTickets(tabId, lines, frame);
  const open = state.status === 'found' && state.view.tab.status === 'open';
  useSendShortcut(open && tickets.pendingCount > 0, () => void tickets.send());
  // Paying or closing with lines the bar has not heard of asks first: send them, or go on without.
  const settle = (then: 'pay' | 'close') => {
    setAsking(tickets.pendingCount > 0 ? { kind: 'unsent', then } : { kind: then });
  };

  if (state.status === 'loading') return <div className="screen-loading" role="status" />;
  if (state.status === 'missing') {
    return (
      <main className="bartab-closed">
        <div className="bartab-closed-card">
          <h2>This tab is not on this till</h2>
          <p className="muted">It may not have synced here yet. It shows up as soon as it does.</p>
          <Link to="/tabs" className="btn btn-ghost btn-lg">
            Back to open tabs
          </Link>
        </div>
      </main>
    );
  }

  const { view } = state;
  const message = actions.error ? { tone: 'error' as const, text: actions.error } : actions.notice ? { tone: 'info' as const, text: actions.notice } : undefined;

  return (
    <main className="sell-main">
      {open ? (
        <ProductBrowser catalog={catalog} money={money} onAdd={actions.add} />
      ) : (
        <ClosedTabNotice tab={view.tab} label={view.label} overflow={state.overflow} locale={catalog.channel.locale} />
      )}
      <TabPanel
        view={view}
        money={money}
        locale={catalog.channel.locale}
        origin={state.origin}
        onQty={actions.setQty}
        onNote={(line) => {
          setAsking({ kind: 'note', line });
        }}
        onVoid={(line) => {
          setAsking({ kind: 'void', line });
        }}
        onClose={() => {
          settle('close');
        }}
        onPay={() => {
          settle('pay');
        }}
        message={message}
        onDismiss={actions.dismiss}
        tickets={tickets}
      />
      {asking?.kind === 'unsent' ? (
        <UnsentDialog
          count={tickets.pendingCount}
          then={asking.then}
          onCancel={done}
          onSkip={() => {
            setAsking({ kind: asking.then });
          }}
          onSend={async () => {
            // A ticket that cannot go out (no printer) keeps the tab as it is: the reason shows on it.
            const sent = await tickets.send();
            setAsking(sent ? { kind: asking.then } : undefined);
          }}
        />
      ) : null}
      {asking?.kind === 'close' ? (
        <ConfirmDialog
          title="Close tab"
          confirmLabel="Close tab"
          danger
          onCancel={done}
          onConfirm={async () => {
            const closed = await actions.close();
            if (closed) await navigate({ to: '/tabs' });
            return closed;
          }}
        >
          <CloseTabText view={view} money={money(view.total)} />
        </ConfirmDialog>
      ) : null}
      {asking?.kind === 'void' ? (
        <ConfirmDialog title="Void line" confirmLabel="Void line" danger onCancel={done} onConfirm={() => actions.voidLine(asking.line.line.id)}>
          <p>
            Void <strong>{lineWhat(asking.line)}</strong> × {asking.line.line.qty} ({money(asking.line.lineTotal)})?
          </p>
          <p className="muted">It stays on the tab, struck through, on every till, and no longer counts in the total.</p>
        </ConfirmDialog>
      ) : null}
      {asking?.kind === 'note' ? (
        <LineNoteDialog what={lineWhat(asking.line)} notes={asking.line.line.notes} onCancel={done} onSave={(notes) => actions.setNotes(asking.line.line.id, notes)} />
      ) : null}
      {asking?.kind === 'pay' ? (
        <PayTabFlow
          tabId={tabId}
          total={view.total}
          label={view.label}
          channel={catalog.channel}
          tillName={enrolment.name}
          money={money}
          onClose={(paid) => {
            done();
            if (paid) void navigate({ to: '/tabs' });
          }}
        />
      ) : null}
    </main>
  );
}

function UnsentDialog({ count, then, onCancel, onSkip, onSend }: { count: number; then: 'pay' | 'close'; onCancel: () => void; onSkip: () => void; onSend: () => Promise<void> }) {
  const [busy, setBusy] = useState(false);
  const next = then === 'pay' ? 'pay' : 'close the tab';
  return (
    <ModalDialog label="Not sent to the bar / kitchen" onClose={busy ? () => undefined : onCancel} className="bartab-confirm bartab-unsent">
      <header className="modal-header">
        <h2>Not sent to the bar / kitchen</h2>
      </header>
      <div className="bartab-confirm-body">
        <p>
          <strong>{notSentText(count)}</strong> on this tab. The bar and kitchen have not heard of {count === 1 ? 'it' : 'them'}.
        </p>
        <p className="muted">Send first, then {next}? Or {next} without a ticket.</p>
      </div>
      <div className="modal-actions">
        <button type="button" className="btn btn-ghost btn-lg" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
        <button type="button" className="btn btn-ghost btn-lg" onClick={onSkip} disabled={busy}>
          {then === 'pay' ? 'Pay without sending' : 'Close without sending'}
        </button>
        <button
          type="button"
          className="btn btn-primary btn-lg"
          disabled={busy}
          data-autofocus
          onClick={() => {
            setBusy(true);
            void onSend();
          }}
        >
          {busy ? 'Sending…' : then === 'pay' ? 'Send, then pay' : 'Send, then close'}
        </button>
      </div>
    </ModalDialog>
  );
}

function CloseTabText({ view, money }: { view: TabView; money: string }) {
  if (view.lines.length === 0) return <p>Close {view.label}? Nothing is on it.</p>;
  return (
    <>
      <p>
        Close <strong>{view.label}</strong> without taking payment here? {itemCountText(view.itemCount)}, {money}.
      </p>
      <p className="muted">It leaves the open tabs on every till. To take cash for it, use Pay & close instead.</p>
    </>
  );
}
