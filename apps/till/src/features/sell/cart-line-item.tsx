import type { PricedLine } from '@tillsafe/domain';
import { cartStore } from './cart-store';
import { QuantityStepper } from './quantity-stepper';
import type { MoneyFormatter } from '../../lib/use-money';

export function CartLineItem({ line, money }: { line: PricedLine; money: MoneyFormatter }) {
  const what = `${line.name}, ${line.packName}`;
  const { increment, decrement, remove } = cartStore.getState();
  return (
    <li className="cart-line" aria-label={what}>
      <div className="cart-line-text">
        <span className="cart-line-name">{line.name}</span>
        <span className="cart-line-pack">
          {line.packName} · {money(line.unitPrice)} each
        </span>
      </div>
      <QuantityStepper
        what={what}
        qty={line.qty}
        onDecrease={() => {
          decrement(line.packId);
        }}
        onIncrease={() => {
          increment(line.packId);
        }}
      />
      <span className="cart-line-total">{money(line.lineTotal)}</span>
      <button
        type="button"
        className="remove-btn"
        aria-label={`Remove ${what}`}
        onClick={() => {
          remove(line.packId);
        }}
      >
        <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M5 7h14M10 7V5h4v2M7 7l1 12h8l1-12" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </button>
    </li>
  );
}
