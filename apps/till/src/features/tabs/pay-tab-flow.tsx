import { uuidv7, type ChannelRecord } from '@tillsafe/sync';
import { useState } from 'react';
import { db, hardware, syncEngine } from '../../app/services';
import type { SaleRow } from '../../db/rows';
import type { MoneyFormatter } from '../../lib/use-money';
import { describeMutationError } from '../../sync-client/describe-mutation-error';
import { PaymentScreen } from '../checkout/payment-screen';
import { afterSale } from '../printing/after-sale';
import { SaleDoneDialog } from '../sell/sale-done-dialog';
import { tillPaymentTerminal } from '../sell/till-checkout-setup';
import { payTabInCash } from './pay-tab';

export interface PayTabFlowProps {
  tabId: string;
  /** The tab's total as shown: paying refuses a tab that changed since (TAB_CHANGED). */
  total: number;
  label: string;
  channel: ChannelRecord;
  tillName: string;
  money: MoneyFormatter;
  /** Left without paying, or paid and done (`paid`). */
  onClose: (paid: boolean) => void;
}

/**
 * Pay & close: the payment screen in cash (a tab sells as protocol 1, priced from the catalog and
 * paid in cash), then the tab's sale stored and the tab closed in one transaction, the receipt and
 * drawer through the print queue, and the sale-complete view with its receipt.
 */
export function PayTabFlow({ tabId, total, label, channel, tillName, money, onClose }: PayTabFlowProps) {
  const [saleId] = useState(() => uuidv7());
  const [sale, setSale] = useState<SaleRow | null>(null);
  if (sale) {
    return (
      <SaleDoneDialog
        sale={sale}
        channel={channel}
        tillName={tillName}
        money={money}
        doneLabel="Back to tabs"
        onNewSale={() => {
          onClose(true);
        }}
      />
    );
  }
  return (
    <PaymentScreen
      saleId={saleId}
      total={total}
      channel={channel}
      cashRounding={null}
      loyalty={null}
      terminal={tillPaymentTerminal}
      tenders={['cash']}
      subtitle={label}
      onComplete={async ({ settlement }) => {
        let stored: SaleRow;
        try {
          stored = await payTabInCash(db, { tabId, tendered: settlement.cashTendered, shownTotal: settlement.total });
        } catch (error) {
          throw new Error(describeMutationError(error), { cause: error });
        }
        syncEngine.requestPush();
        setSale(stored);
        afterSale(hardware, db, stored, channel);
      }}
      onCancel={() => {
        onClose(false);
      }}
    />
  );
}
