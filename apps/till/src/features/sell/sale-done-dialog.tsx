import type { ChannelRecord } from '@tillsafe/sync';
import type { SaleRow } from '../../db/rows';
import { ModalDialog } from '../../lib/modal-dialog';
import type { MoneyFormatter } from '../../lib/use-money';
import { describePayment } from '../checkout/payment-summary';
import { ReceiptView } from '../checkout/receipt-view';
import { SalePrintStatus } from '../printing/sale-print-status';
import { useReceiptContext } from './use-receipt-context';

export interface SaleDoneDialogProps {
  sale: SaleRow;
  channel: Pick<ChannelRecord, 'id' | 'name' | 'locale'>;
  tillName: string;
  money: MoneyFormatter;
  /** New sale (also Esc: the sale is stored whatever the cashier taps). */
  onNewSale: () => void;
  /** The button that leaves, "New sale" unless told. */
  doneLabel?: string;
}

/**
 * The stored sale: the change to hand back, how it was paid, where its printed receipt is (the
 * ESC/POS print queue) and, beside it, the receipt on screen with its QR code, printable through
 * the browser at 80 mm (reprints say COPY). New sale takes focus, so Enter starts the next one.
 */
export function SaleDoneDialog({ sale, channel, tillName, money, onNewSale, doneLabel = 'New sale' }: SaleDoneDialogProps) {
  const context = useReceiptContext(channel, tillName);
  const payments = sale.payments ?? sale.tenders;
  return (
    <ModalDialog label="Sale complete" onClose={onNewSale} className="sale-done-modal">
      <div className="sale-done-layout">
        <div className="sale-done">
          <div className="sale-done-icon" aria-hidden="true">
            <svg width="40" height="40" viewBox="0 0 24 24" focusable="false">
              <path d="M5 12.5l4.5 4.5L19 7.5" fill="none" stroke="currentColor" strokeWidth="2.6" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
          </div>
          <h2>Sale complete</h2>
          <p className="sale-done-label">Change due</p>
          <p className="sale-done-change" aria-live="polite">
            {money(sale.change)}
          </p>
          <dl className="sale-done-facts">
            <div>
              <dt>Total</dt>
              <dd>{money(sale.total)}</dd>
            </div>
            {payments.map((payment, i) => {
              const { label, detail } = describePayment(payment, channel.locale);
              return (
                <div key={i}>
                  <dt>
                    {label}
                    {detail ? <span className="muted"> · {detail}</span> : null}
                  </dt>
                  <dd>{money(payment.kind === 'loyalty' ? payment.value : payment.amount)}</dd>
                </div>
              );
            })}
            <div>
              <dt>Receipt</dt>
              <dd>{sale.receiptNo}</dd>
            </div>
          </dl>
          <SalePrintStatus sale={sale} />
          <button type="button" className="btn btn-primary btn-lg btn-block" onClick={onNewSale} data-autofocus>
            {doneLabel} <kbd aria-hidden="true">Enter</kbd>
          </button>
        </div>
        <aside className="sale-done-receipt" aria-label="Receipt preview">
          {context ? <ReceiptView sale={sale} context={context} /> : null}
        </aside>
      </div>
    </ModalDialog>
  );
}
