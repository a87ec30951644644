import type { PricedSale } from '@tillsafe/domain';
import type { MoneyFormatter } from '../../lib/use-money';
import { CartLineItem } from './cart-line-item';
import { cartStore } from './cart-store';

export interface CartPanelProps {
  priced: PricedSale;
  money: MoneyFormatter;
  onCharge: () => void;
}

export function CartPanel({ priced, money, onCharge }: CartPanelProps) {
  const empty = priced.lines.length === 0;
  const items = priced.lines.reduce((sum, l) => sum + l.qty, 0);
  const total = money(priced.total);
  return (
    <section className="cart" aria-label="Cart">
      <header className="cart-header">
        <h2>Current sale</h2>
        <span className="cart-count">{empty ? 'No items' : `${items} ${items === 1 ? 'item' : 'items'}`}</span>
        {empty ? null : (
          <button
            type="button"
            className="btn btn-ghost btn-sm"
            onClick={() => {
              cartStore.getState().clear();
            }}
          >
            Clear cart
          </button>
        )}
      </header>

      {empty ? (
        <div className="cart-empty">
          <svg width="56" height="56" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M3 4h2l2.4 11.2a1 1 0 0 0 1 .8h9.2a1 1 0 0 0 1-.8L20 8H6.2" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
            <circle cx="9" cy="19.5" r="1.3" fill="currentColor" />
            <circle cx="17" cy="19.5" r="1.3" fill="currentColor" />
          </svg>
          <p className="cart-empty-title">The cart is empty</p>
          <p className="muted">Tap a product or scan a barcode to start a sale.</p>
        </div>
      ) : (
        <ul className="cart-lines">
          {priced.lines.map((line) => (
            <CartLineItem key={line.packId} line={line} money={money} />
          ))}
        </ul>
      )}

      <footer className="cart-footer">
        <dl className="totals">
          <div className="totals-row">
            <dt>Tax included</dt>
            <dd>{money(priced.taxTotal)}</dd>
          </div>
          <div className="totals-row totals-total">
            <dt>Total</dt>
            <dd>{total}</dd>
          </div>
        </dl>
        <button type="button" className="btn btn-charge" disabled={empty} onClick={onCharge} aria-label={`Charge ${total}`}>
          <span>Charge</span>
          <span className="charge-amount">{total}</span>
        </button>
      </footer>
    </section>
  );
}
