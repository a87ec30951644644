import { formatPercent, type DepositLine, type PricedCartLine } from '@tillsafe/domain';
import type { MoneyFormatter } from '../../lib/use-money';
import { cartStore, type CartLine } from './cart-store';
import type { HeldDiscount } from './price-cart';
import { QuantityStepper } from './quantity-stepper';

export interface CartLineItemProps {
  line: CartLine;
  /** The line as priced; undefined when its product or pack has left the catalog. */
  priced: PricedCartLine | undefined;
  /** Its bottle and crate deposits, shown as sub-lines. */
  deposits: readonly DepositLine[];
  /** Its manual discount, when pricing left it out (awaiting a manager, or too large). */
  held: HeldDiscount | undefined;
  money: MoneyFormatter;
  /** Opens the line's editor: quantity, note, discount. */
  onEdit: (lineId: string) => void;
}

/**
 * One cart line: what it is, each rule that changed its price with the rule's own explanation
 * ("Mix 6 wines −10%"), its note, and its deposits as sub-lines under it.
 */
export function CartLineItem({ line, priced, deposits, held, money, onEdit }: CartLineItemProps) {
  const { increment, decrement, remove } = cartStore.getState();
  if (!priced) return <UnknownLine line={line} />;
  const what = `${priced.name}, ${priced.packName}`;
  return (
    <li className="cart-line" aria-label={what}>
      <button
        type="button"
        className="cart-line-text cart-line-edit"
        aria-label={`Edit ${what}: quantity, note, discount`}
        onClick={() => {
          onEdit(line.lineId);
        }}
      >
        <span className="cart-line-name">{priced.name}</span>
        <span className="cart-line-pack">
          {priced.packName} · {money(priced.unitPrice)} each
        </span>
      </button>
      <QuantityStepper
        what={what}
        qty={line.qty}
        onDecrease={() => {
          decrement(line.lineId);
        }}
        onIncrease={() => {
          increment(line.lineId);
        }}
      />
      <span className="cart-line-total">{money(priced.netAmount)}</span>
      <button
        type="button"
        className="remove-btn"
        aria-label={`Remove ${what}`}
        onClick={() => {
          remove(line.lineId);
        }}
      >
        <TrashIcon />
      </button>
      {priced.adjustments.length > 0 || held || line.notes || deposits.length > 0 ? (
        <ul className="cart-line-details" aria-label={`Details of ${what}`}>
          {priced.adjustments.map((a, i) => (
            <li key={`${a.kind}-${a.ruleId ?? i}`} className="cart-line-adjustment">
              <span>{a.explanation}</span>
              <span className="cart-line-amount">−{money(a.amount)}</span>
            </li>
          ))}
          {held ? (
            <li className="cart-line-held" role="note">
              {heldText(held)}
            </li>
          ) : null}
          {line.notes ? <li className="cart-line-note">Note: {line.notes}</li> : null}
          {deposits.map((d) => (
            <li key={d.depositItemId} className="cart-line-deposit">
              <span>
                {d.name} × {d.qty}
              </span>
              <span className="cart-line-amount">{money(d.total)}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** What a held discount waits for, in a sentence. */
export function heldText(held: HeldDiscount): string {
  const { failure } = held;
  if (failure.code === 'DISCOUNT_EXCEEDS_AMOUNT') return 'The discount is more than the price: change it.';
  return `The ${formatPercent(failure.requestedBp)} discount is beyond your ${formatPercent(failure.limitBp)} limit: a manager must approve it.`;
}

function UnknownLine({ line }: { line: CartLine }) {
  return (
    <li className="cart-line cart-line-unknown" aria-label="A product no longer in the catalog">
      <div className="cart-line-text">
        <span className="cart-line-name">No longer in the catalog</span>
        <span className="cart-line-pack">Remove this line to sell the rest.</span>
      </div>
      <button
        type="button"
        className="remove-btn"
        aria-label="Remove the line no longer in the catalog"
        onClick={() => {
          cartStore.getState().remove(line.lineId);
        }}
      >
        <TrashIcon />
      </button>
    </li>
  );
}

function TrashIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M5 7h14M10 7V5h4v2M7 7l1 12h8l1-12" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
