import { needsAgeCheck } from '@tillsafe/domain';
import { useState } from 'react';
import { useTillSession } from '../../app/till-session-store';
import type { Enrolment } from '../../db/meta';
import type { StaffRow } from '../../db/rows';
import { useMoney } from '../../lib/use-money';
import { useCustomerLoyalty } from '../customers/use-customer-loyalty';
import { ParkedBar } from '../parked/parked-bar';
import { useCustomerDisplay } from '../printing/use-customer-display';
import { CartPanel } from './cart-panel';
import { CheckoutFlow } from './checkout-flow';
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

/** The products a cart's lines sell (a line whose product is gone is left to the age gate). */
function productsOf(lines: readonly { productId: string }[], catalog: Catalog) {
  return lines.flatMap((line) => catalog.productsById.get(line.productId) ?? []);
}

function SellLayout({ enrolment, actor, catalog }: { enrolment: Enrolment; actor: StaffRow; catalog: Catalog }) {
  const money = useMoney(catalog.channel);
  const view = useCartPricing(catalog, actor);
  const [checkingOut, setCheckingOut] = useState(false);
  const priced = view?.pricing.ok ? view.pricing.cart : undefined;
  const loyalty = useCustomerLoyalty(view?.customer ?? null, view?.settings.loyalty ?? null);
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
            loyalty={loyalty}
            locale={catalog.channel.locale}
            actor={actor}
            currency={catalog.channel.currency}
            productsById={catalog.productsById}
            money={money}
            parked={<ParkedBar catalog={catalog} actor={actor} deviceId={enrolment.deviceId} money={money} />}
            onCharge={() => {
              setCheckingOut(true);
            }}
          />
        ) : (
          <section className="cart" aria-label="Cart" aria-busy="true" />
        )}
      </main>
      {checkingOut && priced && view ? (
        <CheckoutFlow
          priced={priced}
          needsAgeCheck={needsAgeCheck(priced.lines, productsOf(priced.lines, catalog))}
          products={productsOf(priced.lines, catalog)}
          channel={catalog.channel}
          tillName={enrolment.name}
          settings={view.settings}
          actor={actor}
          customer={view.customer}
          loyalty={loyalty ?? null}
          money={money}
          onClose={() => {
            setCheckingOut(false);
          }}
        />
      ) : null}
    </div>
  );
}
