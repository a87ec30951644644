import type { AgeGateProduct, PricedCart } from '@tillsafe/domain';
import { challengeAgeOf, mobileMoneyProvidersOf, type ChannelRecord, type CustomerRecord, type SellingSettingsRecord, type StaffRecord } from '@tillsafe/sync';
import type { MoneyFormatter } from '../../lib/use-money';
import { AgeCheckDialog } from '../checkout/age-check-dialog';
import { PaymentScreen } from '../checkout/payment-screen';
import type { CustomerLoyalty } from '../customers/customer-loyalty';
import { SaleDoneDialog } from './sale-done-dialog';
import { tillPaymentTerminal } from './till-checkout-setup';
import { useCheckoutFlow } from './use-checkout-flow';

export interface CheckoutFlowProps {
  /** The cart as priced now (the payment screen opens with its total). */
  priced: PricedCart;
  /** Whether the cart holds an age-restricted item (domain `needsAgeCheck`). */
  needsAgeCheck: boolean;
  products: readonly AgeGateProduct[];
  channel: ChannelRecord;
  tillName: string;
  settings: SellingSettingsRecord;
  actor: Pick<StaffRecord, 'id'>;
  customer: CustomerRecord | null;
  /** The attached customer's points (null: none to offer). */
  loyalty: CustomerLoyalty | null;
  money: MoneyFormatter;
  /** Back to the cart (nothing sold), or the next sale (the cart is already empty). */
  onClose: () => void;
}

/**
 * Charge, step by step: the age check when the cart needs one (under age, the restricted lines go
 * and the rest sells), the split-tender payment screen, `sale.complete`, the receipt, a new sale.
 */
export function CheckoutFlow(props: CheckoutFlowProps) {
  const { priced, channel, settings, actor, customer, money, onClose } = props;
  const flow = useCheckoutFlow({ needsAgeCheck: props.needsAgeCheck, channel, onClose });
  const { phase } = flow;

  if (phase.step === 'age') {
    return (
      <AgeCheckDialog
        lines={priced.lines.map((line) => ({ lineId: line.lineId, productId: line.productId, name: line.name, detail: line.packName, qty: line.qty }))}
        products={props.products}
        minimumAge={settings.minimumAge}
        challengeAge={challengeAgeOf(settings)}
        locale={channel.locale}
        cashierId={actor.id}
        onPassed={flow.goToPayment}
        onRemoveLines={flow.removeLines}
        onCancel={onClose}
      />
    );
  }
  if (phase.step === 'pay') {
    const items = priced.lines.reduce((sum, line) => sum + line.qty, 0);
    return (
      <PaymentScreen
        key={phase.saleId}
        saleId={phase.saleId}
        total={priced.total}
        channel={channel}
        cashRounding={settings.cashRounding}
        loyalty={props.loyalty?.offer ?? null}
        mobileMoneyProviders={mobileMoneyProvidersOf(settings)}
        terminal={tillPaymentTerminal}
        subtitle={`${items} ${items === 1 ? 'item' : 'items'}${customer ? ` · ${customer.name}` : ''}`}
        onComplete={flow.complete}
        onCancel={onClose}
      />
    );
  }
  return <SaleDoneDialog sale={phase.sale} channel={channel} tillName={props.tillName} money={money} onNewSale={onClose} />;
}
