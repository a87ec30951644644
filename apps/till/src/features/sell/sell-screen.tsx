import { useMemo, useState } from 'react';
import { useTillSession } from '../../app/till-session-store';
import type { Enrolment } from '../../db/meta';
import type { StaffRow } from '../../db/rows';
import { useMoney } from '../../lib/use-money';
import { CashPaymentDialog } from '../payment/cash-payment-dialog';
import { useCustomerDisplay } from '../printing/use-customer-display';
import { CartPanel } from './cart-panel';
import { useCart } from './cart-store';
import { priceCart } from './price-cart';
import { ProductBrowser } from './product-browser';
import { TillHeader } from './till-header';
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

function SellLayout({ enrolment, actor, catalog }: { enrolment: Enrolment; actor: StaffRow; catalog: Catalog }) {
  const money = useMoney(catalog.channel);
  const lines = useCart((s) => s.lines);
  const priced = useMemo(() => priceCart(lines, catalog.productsById), [lines, catalog.productsById]);
  const [paying, setPaying] = useState(false);
  useCustomerDisplay(priced, catalog.channel);

  return (
    <div className="sell">
      <TillHeader storeName={catalog.channel.name} tillName={enrolment.name} actor={actor} locale={catalog.channel.locale} />
      <main className="sell-main">
        <ProductBrowser catalog={catalog} money={money} />
        <CartPanel
          priced={priced}
          money={money}
          onCharge={() => {
            setPaying(true);
          }}
        />
      </main>
      {paying ? (
        <CashPaymentDialog
          channel={catalog.channel}
          lines={priced.lines.map(({ productId, packId, qty }) => ({ productId, packId, qty }))}
          total={priced.total}
          money={money}
          onClose={() => {
            setPaying(false);
          }}
        />
      ) : null}
    </div>
  );
}
