import type { PricedCart } from '@tillsafe/domain';
import type { MoneyFormatter } from '../../lib/use-money';
import { CartLineItem } from './cart-line-item';
import { cartStore, useCart } from './cart-store';
import { heldDiscountOf, type CartPricing } from './price-cart';

export interface CartPanelProps {
  pricing: CartPricing;
  money: MoneyFormatter;
  onCharge: () => void;
}

/** Why the cart cannot be charged as it stands, or undefined when it can. */
export function chargeBlocker(pricing: CartPricing, lineCount: number): string | undefined {
  if (lineCount === 0) return undefined;
  if (!pricing.ok) return `The cart cannot be priced: ${pricing.error.message}`;
  if (pricing.unknownLineIds.length > 0) return 'Remove the lines no longer in the catalog to charge.';
  if (pricing.held.length > 0) return 'A discount waits: approve it or change it to charge.';
  return undefined;
}

export function CartPanel({ pricing, money, onCharge }: CartPanelProps) {
  const lines = useCart((s) => s.lines);
  const empty = lines.length === 0;
  const items = lines.reduce((sum, l) => sum + l.qty, 0);
  const priced = pricing.ok ? pricing.cart : undefined;
  const total = money(priced?.total ?? 0);
  const blocker = chargeBlocker(pricing, lines.length);
  const pricedLines = new Map(priced?.lines.map((l) => [l.lineId, l]));
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
          {lines.map((line) => (
            <CartLineItem
              key={line.lineId}
              line={line}
              priced={pricedLines.get(line.lineId)}
              deposits={priced?.deposits.filter((d) => d.parentLineId === line.lineId) ?? []}
              held={heldDiscountOf(pricing, line.lineId)}
              money={money}
            />
          ))}
        </ul>
      )}

      <footer className="cart-footer">
        {priced ? <CartTotals priced={priced} money={money} /> : null}
        {blocker ? (
          <p className="cart-blocker" role="status">
            {blocker}
          </p>
        ) : null}
        <button type="button" className="btn btn-charge" disabled={empty || blocker !== undefined} onClick={onCharge} aria-label={`Charge ${total}`}>
          <span>Charge</span>
          <span className="charge-amount">{total}</span>
        </button>
      </footer>
    </section>
  );
}

/**
 * Subtotal, discounts and deposits when there are any, tax added on top (exclusive categories:
 * subtotal − discounts + deposits + tax added = total), tax contained in the prices, and the total.
 */
function CartTotals({ priced, money }: { priced: PricedCart; money: MoneyFormatter }) {
  const added = priced.taxSummary.reduce((sum, row) => sum + (row.inclusive ? 0 : row.tax), 0);
  const included = priced.taxTotal - added;
  // Deposits before any tax added on them, which the tax row carries.
  const deposits = priced.deposits.reduce((sum, d) => sum + d.amount, 0);
  return (
    <dl className="totals">
      {priced.discountTotal > 0 || deposits > 0 || added > 0 ? (
        <div className="totals-row">
          <dt>Subtotal</dt>
          <dd>{money(priced.subtotal)}</dd>
        </div>
      ) : null}
      {priced.discountTotal > 0 ? (
        <div className="totals-row totals-saving">
          <dt>Discounts</dt>
          <dd>−{money(priced.discountTotal)}</dd>
        </div>
      ) : null}
      {deposits > 0 ? (
        <div className="totals-row">
          <dt>Deposits</dt>
          <dd>{money(deposits)}</dd>
        </div>
      ) : null}
      {added > 0 ? (
        <div className="totals-row">
          <dt>Tax</dt>
          <dd>{money(added)}</dd>
        </div>
      ) : null}
      {included > 0 || added === 0 ? (
        <div className="totals-row">
          <dt>Tax included</dt>
          <dd>{money(included)}</dd>
        </div>
      ) : null}
      <div className="totals-row totals-total">
        <dt>Total</dt>
        <dd>{money(priced.total)}</dd>
      </div>
    </dl>
  );
}
