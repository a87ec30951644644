import type { MinorUnits } from '@tillsafe/domain';
import type { SaleRow } from '../../db/rows';
import type { TillDb } from '../../db/till-db';
import { commitTables } from '../../sync-client/commit-mutation';
import { completeCashSale } from '../payment/complete-cash-sale';
import { closeTab } from './tab-actions';

export const tabPaymentErrorCodes = {
  TAB_NOT_OPEN: 'TAB_NOT_OPEN',
  TAB_EMPTY: 'TAB_EMPTY',
  TAB_CHANGED: 'TAB_CHANGED',
} as const;
export type TabPaymentErrorCode = (typeof tabPaymentErrorCodes)[keyof typeof tabPaymentErrorCodes];

/** Why a tab could not be paid; nothing was stored. */
export class TabPaymentError extends Error {
  constructor(
    readonly code: TabPaymentErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'TabPaymentError';
  }
}

export interface TabCashPayment {
  tabId: string;
  tendered: MinorUnits;
  /** The total the bartender showed the guest. */
  shownTotal: MinorUnits;
}

/**
 * Pays a tab in cash and closes it, in ONE transaction: the sale of the tab's lines as they are
 * stored now (`sale.complete`, with the next receipt number) and `tab.close` naming that sale.
 * A line another till added or voided since the total was shown changes the total, so the
 * payment is refused rather than charging an amount the guest did not see; a tab closed on
 * another till meanwhile is refused too. Either way no receipt number is used up.
 */
export function payTabInCash(db: TillDb, payment: TabCashPayment, now?: () => Date): Promise<SaleRow> {
  return db.transaction('rw', commitTables(db), async () => {
    const tab = await db.tabs.get(payment.tabId);
    if (tab?.status !== 'open') throw new TabPaymentError('TAB_NOT_OPEN', 'This tab is already closed.');
    const lines = (await db.tabLines.where('tabId').equals(payment.tabId).toArray()).filter((l) => !l.voided);
    if (lines.length === 0) throw new TabPaymentError('TAB_EMPTY', 'There is nothing on this tab to pay for.');
    const sale = await completeCashSale(
      db,
      { lines: lines.map(({ productId, packId, qty }) => ({ productId, packId, qty })), tendered: payment.tendered, clientTotal: payment.shownTotal },
      now,
    );
    if (sale.total !== payment.shownTotal) throw new TabPaymentError('TAB_CHANGED', 'The tab changed while paying. Check the new total and take the payment again.');
    await closeTab(db, payment.tabId, sale.id);
    return sale;
  });
}
