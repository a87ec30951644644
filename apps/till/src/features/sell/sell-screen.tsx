import { needsAgeCheck, type MinorUnits } from '@tillsafe/domain';
import { useState } from 'react';
import { db } from '../../app/services';
import { useTillSession } from '../../app/till-session-store';
import type { Enrolment } from '../../db/meta';
import type { StaffRow } from '../../db/rows';
import { useMoney } from '../../lib/use-money';
import { CashPaymentDialog } from '../payment/cash-payment-dialog';
import { completeSale } from '../payment/complete-sale';
import type { SettleCash } from '../payment/use-cash-payment';
import { useCustomerDisplay } from '../printing/use-customer-display';
import { CartPanel } from './cart-panel';
import { cartStore } from './cart-store';
import { ProductBrowser } from './product-browser';
import { TillHeader } from './till-header';
import { useCartPricing } from './use-cart-pricing';
import { useCatalog, type Catalog } from './use-catalog';

export function SellScreen() {
  const enrolment = useTillSession((s) => s.enrolment);
  const actor = useTillSession((s) => s.actor);
  const catalog = useCatalog(enrolment?.channelId ?? '');
  if (!enrolment || !actor) return null;
  if (!catalog) {
    return (
      <div className="screen-loading" role="status">
        <span className="spinner" aria-hidden="true" /> Loading the catalog…
      </div>
    );
  }
  return <SellLayout enrolment={enrolment} actor={actor} catalog={catalog} />;
}

const NOTHING_PRICED = { lines: [], total: 0 };

/**
 * Sells the cart as it stands, in cash (the split-tender payment screen calls `completeSale` with
 * its own payments): the total shown must still be the price at the moment of sale. Once the sale
 * is stored the cart is done with, whatever the cashier taps next.
 */
function sellCart(shownTotal: MinorUnits): SettleCash {
  return async (tendered, ageCheck) => {
    const { lines, cartDiscount, approverId, customerId, clear } = cartStore.getState();
    const sale = await completeSale(db, { cart: { lines, cartDiscount }, payments: [{ kind: 'cash', amount: tendered }], ageCheck, approverId, customerId, shownTotal });
    clear();
    return sale;
  };
}

function SellLayout({ enrolment, actor, catalog }: { enrolment: Enrolment; actor: StaffRow; catalog: Catalog }) {
  const money = useMoney(catalog.channel);
  const view = useCartPricing(catalog, actor);
  const [paying, setPaying] = useState(false);
  const priced = view?.pricing.ok ? view.pricing.cart : undefined;
  useCustomerDisplay(priced ?? NOTHING_PRICED, catalog.channel);

  return (
    <div className="sell">
      <TillHeader storeName={catalog.channel.name} tillName={enrolment.name} actor={actor} locale={catalog.channel.locale} />
      <main className="sell-main">
        <ProductBrowser catalog={catalog} money={money} />
        {view ? (
          <CartPanel
            pricing={view.pricing}
            customer={view.customer}
            actor={actor}
            currency={catalog.channel.currency}
            productsById={catalog.productsById}
            money={money}
            onCharge={() => {
              setPaying(true);
            }}
          />
        ) : (
          <section className="cart" aria-label="Cart" aria-busy="true" />
        )}
      </main>
      {paying && priced && view ? (
        <CashPaymentDialog
          channel={catalog.channel}
          total={priced.total}
          money={money}
          settle={sellCart(priced.total)}
          ageCheck={needsAgeCheck(priced.lines, catalog.products) ? { minimumAge: view.settings.minimumAge, verifiedBy: actor.id } : undefined}
          cashRounding={view.settings.cashRounding}
          onClose={() => {
            setPaying(false);
          }}
        />
      ) : null}
    </div>
  );
}
