import { currencyDigits, discountLimitBp } from '@tillsafe/domain';
import type { CustomerRecord, ProductRecord, StaffRecord } from '@tillsafe/sync';
import { useState, type ReactNode } from 'react';
import { CartCustomerBar } from '../customers/cart-customer-bar';
import type { CustomerLoyalty } from '../customers/customer-loyalty';
import type { MoneyFormatter } from '../../lib/use-money';
import { CartDiscountDialog } from './cart-discount-dialog';
import { CartLineItem } from './cart-line-item';
import { CartTotals } from './cart-totals';
import { cartStore, useCart } from './cart-store';
import { LineEditorDialog } from './line-editor-dialog';
import { ManagerApprovalSlot } from './manager-approval-slot';
import { approvalRequestOf, heldDiscountOf, type CartPricing } from './price-cart';
import { RemovedLineToast } from './removed-line-toast';

export interface CartPanelProps {
  pricing: CartPricing;
  /** The attached customer, shown at the top of the cart. */
  customer: CustomerRecord | null;
  /** The attached customer's points at this till (null: none; undefined: reading). */
  loyalty: CustomerLoyalty | null | undefined;
  /** The channel's locale, for points. */
  locale: string;
  actor: Pick<StaffRecord, 'id' | 'role'>;
  currency: string;
  productsById: ReadonlyMap<string, ProductRecord>;
  money: MoneyFormatter;
  onCharge: () => void;
  /** Shown under the header: the parked sales' bar (features/parked). */
  parked?: ReactNode;
}

/** Why the cart cannot be charged as it stands, or undefined when it can. */
export function chargeBlocker(pricing: CartPricing, lineCount: number): string | undefined {
  if (lineCount === 0) return undefined;
  if (!pricing.ok) return `The cart cannot be priced: ${pricing.error.message}`;
  if (pricing.unknownLineIds.length > 0) return 'Remove the lines no longer in the catalog to charge.';
  if (pricing.held.length > 0) return 'A discount waits: approve it or change it to charge.';
  return undefined;
}

export function CartPanel({ pricing, customer, loyalty, locale, actor, currency, productsById, money, onCharge, parked }: CartPanelProps) {
  const lines = useCart((s) => s.lines);
  const cartDiscount = useCart((s) => s.cartDiscount);
  const [editing, setEditing] = useState<string | undefined>(undefined);
  const [discounting, setDiscounting] = useState(false);
  const [approving, setApproving] = useState(false);
  const empty = lines.length === 0;
  const items = lines.reduce((sum, l) => sum + l.qty, 0);
  const priced = pricing.ok ? pricing.cart : undefined;
  const total = money(priced?.total ?? 0);
  const blocker = chargeBlocker(pricing, lines.length);
  const approval = approvalRequestOf(pricing, actor.id);
  const pricedLines = new Map(priced?.lines.map((l) => [l.lineId, l]));
  const editedLine = lines.find((l) => l.lineId === editing);
  const editedPriced = editing === undefined ? undefined : pricedLines.get(editing);
  const digits = currencyDigits(currency);
  const limitBp = discountLimitBp(actor.role);
  const cartHeld = heldDiscountOf(pricing, null);
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
      {parked}
      <CartCustomerBar customer={customer} loyalty={loyalty} locale={locale} />

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
              onEdit={setEditing}
            />
          ))}
        </ul>
      )}
      <RemovedLineToast productsById={productsById} />

      <footer className="cart-footer">
        {priced ? <CartTotals priced={priced} money={money} /> : null}
        {cartHeld && cartDiscount ? (
          <p className="cart-line-held" role="note">
            The cart discount waits: {cartHeld.failure.code === 'DISCOUNT_EXCEEDS_AMOUNT' ? 'it is more than the sale.' : 'a manager must approve it.'}
          </p>
        ) : null}
        {blocker ? (
          <div className="cart-blocker" role="status">
            <span>{blocker}</span>
            {approval ? (
              <button
                type="button"
                className="btn btn-sm btn-primary"
                onClick={() => {
                  setApproving(true);
                }}
              >
                Manager approval
              </button>
            ) : null}
          </div>
        ) : null}
        <div className="cart-actions">
          <button
            type="button"
            className="btn btn-ghost cart-discount-btn"
            disabled={empty}
            onClick={() => {
              setDiscounting(true);
            }}
          >
            {cartDiscount ? 'Edit cart discount' : 'Cart discount'}
          </button>
          <button type="button" className="btn btn-charge" disabled={empty || blocker !== undefined} onClick={onCharge} aria-label={`Charge ${total}`}>
            <span>Charge</span>
            <span className="charge-amount">{total}</span>
          </button>
        </div>
      </footer>

      {editedLine ? (
        <LineEditorDialog
          line={editedLine}
          what={editedPriced ? `${editedPriced.name}, ${editedPriced.packName}` : 'Line'}
          digits={digits}
          limitBp={limitBp}
          onClose={() => {
            setEditing(undefined);
          }}
        />
      ) : null}
      {discounting ? (
        <CartDiscountDialog
          digits={digits}
          limitBp={limitBp}
          onClose={() => {
            setDiscounting(false);
          }}
        />
      ) : null}
      {approving && approval ? (
        <ManagerApprovalSlot
          request={approval}
          onApproved={(approverId) => {
            cartStore.getState().setApprover(approverId);
            setApproving(false);
          }}
          onCancel={() => {
            setApproving(false);
          }}
        />
      ) : null}
    </section>
  );
}
