import type { CustomerRecord } from '@tillsafe/sync';
import { useState } from 'react';
import { cartStore } from '../sell/cart-store';
import type { CustomerLoyalty } from './customer-loyalty';
import { CustomerPickerDialog } from './customer-picker-dialog';

export interface CartCustomerBarProps {
  /** The attached customer; null for a walk-in. */
  customer: CustomerRecord | null;
  /** Their points at this till (null: no programme; undefined: still reading). */
  loyalty: CustomerLoyalty | null | undefined;
  locale: string;
}

/**
 * The customer line at the top of the cart: "Add customer" for a walk-in; otherwise who it is,
 * whether they buy at wholesale prices (attaching them re-prices the cart), their points and tier,
 * and Change / Remove.
 */
export function CartCustomerBar({ customer, loyalty, locale }: CartCustomerBarProps) {
  const [picking, setPicking] = useState(false);
  const points = new Intl.NumberFormat(locale);
  const open = () => {
    setPicking(true);
  };
  return (
    <>
      {customer ? (
        <div className="cart-customer" role="group" aria-label="Customer">
          <button type="button" className="cart-customer-who" onClick={open} aria-label={`Customer ${customer.name}: change`}>
            <span className="cart-customer-name">
              <strong>{customer.name}</strong>
              {customer.type === 'wholesale' ? <span className="customer-badge">Wholesale prices</span> : null}
            </span>
            {loyalty ? (
              <span className="cart-customer-points">
                {points.format(loyalty.balance)} points{loyalty.tier ? ` · ${loyalty.tier.name}` : ''}
                {loyalty.pendingRedeemed > 0 ? <span className="muted"> ({points.format(loyalty.pendingRedeemed)} redeemed here, not yet synced)</span> : null}
              </span>
            ) : null}
          </button>
          <button
            type="button"
            className="btn btn-ghost btn-sm"
            aria-label={`Remove customer ${customer.name} from the sale`}
            onClick={() => {
              cartStore.getState().setCustomer(null);
            }}
          >
            ✕
          </button>
        </div>
      ) : (
        <button type="button" className="cart-customer-add" onClick={open}>
          <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zm-7 8a7 7 0 0 1 14 0M19 5v6m-3-3h6" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
          </svg>
          Add customer
          <span className="muted">points, wholesale prices</span>
        </button>
      )}
      {picking ? (
        <CustomerPickerDialog
          currentId={customer?.id ?? null}
          onPicked={(customerId) => {
            cartStore.getState().setCustomer(customerId);
            setPicking(false);
          }}
          onClose={() => {
            setPicking(false);
          }}
        />
      ) : null}
    </>
  );
}
