import type { MoneyFormatter } from '../../lib/use-money';
import { QuantityStepper } from '../sell/quantity-stepper';
import { MOVED_LINE_TEXT, MovedFlag } from './moved-flag';
import type { LineSendState } from './tab-ticket-state';
import type { TabLineView } from './tab-view';

export interface TabLineItemProps {
  view: TabLineView;
  money: MoneyFormatter;
  /** Open tab: quantity, note and void controls; closed tab or voided line: read only. */
  editable: boolean;
  onQty: (lineId: string, qty: number) => void;
  onNote: (view: TabLineView) => void;
  onVoid: (view: TabLineView) => void;
  /** Where the line stands with the bar / kitchen on this till. */
  sendState: LineSendState;
  locale: string;
}

export function lineWhat(view: TabLineView): string {
  return view.packName ? `${view.name}, ${view.packName}` : view.name;
}

/** The line's tag for the bar / kitchen: "Not sent", "+2 not sent", "Void 1 not sent", "Sent 21:04". */
function SendTag({ state, locale }: { state: LineSendState; locale: string }) {
  const time = (iso: string) => new Date(iso).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
  switch (state.kind) {
    case 'not-sent':
      return <span className="bartab-send bartab-send-pending">Not sent</span>;
    case 'changed':
      return state.qty > 0 ? (
        <span className="bartab-send bartab-send-pending">+{state.qty} not sent</span>
      ) : (
        <span className="bartab-send bartab-send-void">Void {-state.qty} not sent</span>
      );
    case 'sent':
      return (
        <span className="bartab-send bartab-send-done">
          <svg width="12" height="12" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M5 12.5l4.5 4.5L19 7.5" fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          Sent {time(state.at)}
        </span>
      );
    default:
      return null;
  }
}

function sendLabel(state: LineSendState): string {
  if (state.kind === 'not-sent') return ', not sent';
  if (state.kind === 'changed') return state.qty > 0 ? `, ${state.qty} more not sent` : `, void of ${-state.qty} not sent`;
  if (state.kind === 'sent') return ', sent';
  return '';
}

/** One line of a tab: what, how many, who rang it up, its note, and (struck through) if voided. */
export function TabLineItem({ view, money, editable, onQty, onNote, onVoid, sendState, locale }: TabLineItemProps) {
  const { line } = view;
  const what = lineWhat(view);
  const live = editable && !line.voided && view.known;
  const who = <span className={view.addedHere ? 'bartab-who bartab-who-here' : 'bartab-who bartab-who-other'}>{view.addedHere ? 'This till' : 'Other till'}</span>;
  const tagged = !live || view.moved || sendState.kind === 'not-sent' || sendState.kind === 'changed' || sendState.kind === 'sent';
  return (
    <li className={line.voided ? 'bartab-line bartab-line-voided' : 'bartab-line'} aria-label={`${line.voided ? `${what}, voided` : what}${sendLabel(sendState)}`}>
      <div className="bartab-line-text">
        <span className="bartab-line-name">{view.name}</span>
        <span className="bartab-line-pack">
          {view.packName ? `${view.packName} · ${money(view.unitPrice)} each` : 'Not priced'}
          {!live ? ` · × ${line.qty}` : null}
        </span>
        {line.notes ? <span className="bartab-line-note">“{line.notes}”</span> : null}
        {tagged ? (
          <span className="bartab-line-tags">
            <SendTag state={sendState} locale={locale} />
            {live ? null : who}
            {line.voided ? <span className="bartab-who bartab-who-void">Voided</span> : null}
            {view.moved ? <MovedFlag text={MOVED_LINE_TEXT} compact /> : null}
          </span>
        ) : null}
      </div>
      <span className="bartab-line-total">{line.voided ? money(view.unitPrice * line.qty) : money(view.lineTotal)}</span>
      {live ? (
        <div className="bartab-line-controls">
          <QuantityStepper
            what={what}
            qty={line.qty}
            onDecrease={() => {
              onQty(line.id, line.qty - 1);
            }}
            onIncrease={() => {
              onQty(line.id, line.qty + 1);
            }}
          />
          {who}
          <button
            type="button"
            className="bartab-icon-btn"
            aria-label={`Note for ${what}`}
            title="Note"
            onClick={() => {
              onNote(view);
            }}
          >
            <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path d="M4 20h4L19 9l-4-4L4 16v4zM13.5 6.5l4 4" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
          </button>
          <button
            type="button"
            className="bartab-icon-btn bartab-icon-btn-danger"
            aria-label={`Void ${what}`}
            title="Void"
            onClick={() => {
              onVoid(view);
            }}
          >
            <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <circle cx="12" cy="12" r="8" fill="none" stroke="currentColor" strokeWidth="1.8" />
              <path d="M6.5 17.5l11-11" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
            </svg>
          </button>
        </div>
      ) : null}
    </li>
  );
}
