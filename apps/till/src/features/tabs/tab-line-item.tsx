import type { MoneyFormatter } from '../../lib/use-money';
import { MOVED_LINE_TEXT, MovedFlag } from './moved-flag';
import type { TabLineView } from './tab-view';

export interface TabLineItemProps {
  view: TabLineView;
  money: MoneyFormatter;
  /** Open tab: quantity, note and void controls; closed tab or voided line: read only. */
  editable: boolean;
  onQty: (lineId: string, qty: number) => void;
  onNote: (view: TabLineView) => void;
  onVoid: (view: TabLineView) => void;
}

export function lineWhat(view: TabLineView): string {
  return view.packName ? `${view.name}, ${view.packName}` : view.name;
}

/** One line of a tab: what, how many, who rang it up, its note, and (struck through) if voided. */
export function TabLineItem({ view, money, editable, onQty, onNote, onVoid }: TabLineItemProps) {
  const { line } = view;
  const what = lineWhat(view);
  const live = editable && !line.voided && view.known;
  const who = <span className={view.addedHere ? 'bartab-who bartab-who-here' : 'bartab-who bartab-who-other'}>{view.addedHere ? 'This till' : 'Other till'}</span>;
  return (
    <li className={line.voided ? 'bartab-line bartab-line-voided' : 'bartab-line'} aria-label={line.voided ? `${what}, voided` : what}>
      <div className="bartab-line-text">
        <span className="bartab-line-name">{view.name}</span>
        <span className="bartab-line-pack">
          {view.packName ? `${view.packName} · ${money(view.unitPrice)} each` : 'Not priced'}
          {!live ? ` · × ${line.qty}` : null}
        </span>
        {line.notes ? <span className="bartab-line-note">“{line.notes}”</span> : null}
        {!live || view.moved ? (
          <span className="bartab-line-tags">
            {live ? null : who}
            {line.voided ? <span className="bartab-who bartab-who-void">Voided</span> : null}
            {view.moved ? <MovedFlag text={MOVED_LINE_TEXT} compact /> : null}
          </span>
        ) : null}
      </div>
      <span className="bartab-line-total">{line.voided ? money(view.unitPrice * line.qty) : money(view.lineTotal)}</span>
      {live ? (
        <div className="bartab-line-controls">
          <div className="qty" role="group" aria-label={`Quantity of ${what}`}>
            <button
              type="button"
              className="qty-btn"
              aria-label={`Decrease ${what}`}
              disabled={line.qty <= 1}
              onClick={() => {
                onQty(line.id, line.qty - 1);
              }}
            >
              −
            </button>
            <span className="qty-value" aria-label={`Quantity ${line.qty}`}>
              {line.qty}
            </span>
            <button
              type="button"
              className="qty-btn"
              aria-label={`Increase ${what}`}
              onClick={() => {
                onQty(line.id, line.qty + 1);
              }}
            >
              +
            </button>
          </div>
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
