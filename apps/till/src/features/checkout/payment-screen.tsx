import type { CashRoundingRule, MinorUnits, PaymentKind, PaymentTerminal } from '@tillsafe/domain';
import type { ChannelRecord } from '@tillsafe/sync';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { ModalDialog } from '../../lib/modal-dialog';
import { useMoney } from '../../lib/use-money';
import { ConfirmDialog } from '../tabs/confirm-dialog';
import { CardTender } from './card-tender';
import { CashTender } from './cash-tender';
import { LoyaltyTender } from './loyalty-tender';
import { MobileMoneyTender } from './mobile-money-tender';
import { PaymentSummary } from './payment-summary';
import type { LoyaltyOffer, PaymentSetup, TenderTab } from './payment-state';
import { TenderIcon } from './tender-icons';
import { usePaymentScreen, type PaymentResult } from './use-payment-screen';
import '../../styles/checkout.css';

export interface PaymentScreenProps {
  /** The sale's id, chosen before payment: the card terminal records it with the payment. */
  saleId: string;
  /** What the sale costs (the priced cart's total), in minor units. */
  total: MinorUnits;
  channel: Pick<ChannelRecord, 'currency' | 'locale'>;
  /** The channel's cash rounding (selling settings); null: none. */
  cashRounding: CashRoundingRule | null;
  /** The customer's spendable points; null when no customer, or no loyalty programme. */
  loyalty: LoyaltyOffer | null;
  /** Mobile-money providers the store takes; none hides the tender. */
  mobileMoneyProviders?: readonly string[];
  terminal: PaymentTerminal;
  /** Under the title, e.g. "9 items · Jordan Avery". */
  subtitle?: string;
  /** The tenders offered (default: every one the setup allows); a tab's protocol-1 sale takes cash only. */
  tenders?: readonly TenderTab[];
  /** Called once the sale is fully paid; a rejection shows its message and keeps the screen. */
  onComplete: (result: PaymentResult) => void | Promise<void>;
  /** Called when the cashier leaves without completing (after confirming, when payments were taken). */
  onCancel: () => void;
}

const TAB_LABELS: Record<TenderTab, string> = { cash: 'Cash', card: 'Card', mobile_money: 'Mobile money', loyalty: 'Points' };

/**
 * The payment screen: a split tender across cash, card (through the terminal), mobile money and
 * points, then Complete. Keyboard: Enter completes once fully paid (else takes the payment the
 * open tender is set up for), Esc cancels (asking first when payments were taken), digits typed
 * anywhere outside a text field go to the cash amount.
 */
export function PaymentScreen(props: PaymentScreenProps) {
  const { channel, terminal, subtitle, onComplete, onCancel } = props;
  const [setup] = useState<PaymentSetup>(() => ({
    total: props.total,
    currency: channel.currency,
    locale: channel.locale,
    cashRounding: props.cashRounding,
    loyalty: props.loyalty,
    mobileMoneyProviders: props.mobileMoneyProviders ?? [],
  }));
  const money = useMoney(channel);
  const pay = usePaymentScreen({ setup, saleId: props.saleId, terminal, onComplete, onCancel });
  const { state, view } = pay;
  const tabs = (props.tenders ?? (['cash', 'card', 'mobile_money', 'loyalty'] as const)).filter(
    (tab) => (tab !== 'mobile_money' || setup.mobileMoneyProviders.length > 0) && (tab !== 'loyalty' || setup.loyalty !== null),
  );
  const locked = view.busy || pay.saving;
  const tender = useRef<HTMLElement>(null);
  // A tapped tab, quick amount or key leaves focus on the screen rather than the button, so the
  // next Enter completes (or takes the payment) instead of tapping the same button again.
  const refocus = () => tender.current?.focus();
  // A payment taken from a form (card slip, mobile money) removes the button that had focus: focus
  // goes back to the screen, so Enter then completes the sale.
  const taken = state.payments.length;
  useEffect(() => {
    const active = document.activeElement;
    const dialog = tender.current?.closest('dialog');
    if (taken > 0 && dialog && (!active || active === document.body || !dialog.contains(active))) tender.current?.focus();
  }, [taken]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || pay.confirm) return;
    const target = event.target as HTMLElement;
    // Keys in a confirmation on top, or in the card slip form, are theirs.
    if (target.closest('dialog') !== event.currentTarget.closest('dialog') || target.closest('.pay-manual')) return;
    const typing = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
    if (event.key === 'Enter') {
      if (target instanceof HTMLButtonElement) return;
      event.preventDefault();
      pay.pressEnter();
    } else if (!typing && !locked && /^(\d|\.|,|Backspace)$/.test(event.key)) {
      event.preventDefault();
      pay.run({ type: 'cash-key', key: event.key });
    }
  };

  const notice = pay.saveError ?? state.notice?.message;
  return (
    <ModalDialog label="Payment" onClose={pay.askCancel} className="checkout-pay">
      <div className="pay" onKeyDown={onKeyDown}>
        <header className="pay-header">
          <div className="pay-title">
            <h2>Payment</h2>
            {subtitle ? <p>{subtitle}</p> : null}
          </div>
          <button type="button" className="btn btn-ghost btn-icon" aria-label="Cancel payment" onClick={pay.askCancel} disabled={pay.saving}>
            ✕
          </button>
        </header>
        <div className="pay-body">
          <PaymentSummary view={view} payments={state.payments} money={money} locale={channel.locale} onRemove={pay.askRemove} locked={locked} />
          <section className="pay-tender" aria-label="Take a payment" tabIndex={-1} data-autofocus ref={tender}>
            <div className="pay-tabs" role="group" aria-label="Tender">
              {tabs.map((tab) => (
                <button
                  key={tab}
                  type="button"
                  className="pay-tab"
                  aria-pressed={state.tab === tab}
                  disabled={locked && state.tab !== tab}
                  onClick={() => {
                    pay.run({ type: 'tab', tab });
                    refocus();
                  }}
                >
                  <TenderIcon kind={tab satisfies PaymentKind} />
                  {TAB_LABELS[tab]}
                </button>
              ))}
            </div>
            {notice ? (
              <p className={`pay-notice${state.notice?.code === 'CARD_DECLINED' || state.notice?.code === 'CARD_CANCELLED' ? ' pay-notice-warn' : ''}`} role="alert">
                {notice}
              </p>
            ) : null}
            {state.tab === 'cash' ? <CashTender state={state} view={view} money={money} run={pay.run} onTapped={refocus} /> : null}
            {state.tab === 'card' ? <CardTender state={state} view={view} money={money} run={pay.run} terminal={terminal} /> : null}
            {state.tab === 'mobile_money' ? <MobileMoneyTender state={state} view={view} money={money} run={pay.run} /> : null}
            {state.tab === 'loyalty' && setup.loyalty ? <LoyaltyTender state={state} view={view} loyalty={setup.loyalty} money={money} run={pay.run} /> : null}
          </section>
        </div>
        <footer className="pay-footer">
          <button type="button" className="btn btn-ghost btn-lg" onClick={pay.askCancel} disabled={pay.saving}>
            Cancel <kbd aria-hidden="true">Esc</kbd>
          </button>
          <button type="button" className="btn btn-charge btn-lg pay-complete" onClick={pay.complete} disabled={!view.fullyPaid || locked}>
            <span>{pay.saving ? 'Saving…' : 'Complete sale'}</span>
            <span className="pay-complete-side">
              {view.fullyPaid ? (view.change ? `Change ${money(view.change)}` : 'Paid') : `${money(view.remainingInCash || view.remaining)} due`}
              <kbd aria-hidden="true">Enter</kbd>
            </span>
          </button>
        </footer>
      </div>
      {pay.confirm?.kind === 'remove' ? (
        <ConfirmDialog
          title={pay.confirm.title}
          confirmLabel={pay.confirm.confirm}
          danger
          onConfirm={() => {
            pay.confirmed();
            return Promise.resolve(false);
          }}
          onCancel={pay.dismissConfirm}
        >
          <p>{pay.confirm.body}</p>
        </ConfirmDialog>
      ) : null}
      {pay.confirm?.kind === 'cancel' ? (
        <ConfirmDialog
          title="Cancel the payment?"
          confirmLabel="Cancel payment"
          danger
          onConfirm={() => {
            pay.confirmed();
            return Promise.resolve(false);
          }}
          onCancel={pay.dismissConfirm}
        >
          <p>{pay.confirm.body}</p>
        </ConfirmDialog>
      ) : null}
    </ModalDialog>
  );
}
