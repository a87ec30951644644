import { currencyDigits, quickCashAmounts, type MinorUnits } from '@tillsafe/domain';
import type { ChannelRecord } from '@tillsafe/sync';
import { useMemo, useRef, useState } from 'react';
import { db, hardware, syncEngine } from '../../app/services';
import type { SaleRow } from '../../db/rows';
import { describeMutationError } from '../../sync-client/describe-mutation-error';
import { afterCashSale } from '../printing/after-cash-sale';
import { cartStore } from '../sell/cart-store';
import { completeCashSale, type CashSaleLine } from './complete-cash-sale';
import { formatMoneyInput, parseMoneyInput } from './money-input';

export type CashPaymentPhase = { step: 'tendering'; error: string | undefined } | { step: 'saving' } | { step: 'done'; sale: SaleRow };

/** Stores the sale once enough cash is tendered; without one, the payment sells the cart. */
export type SettleCash = (tendered: MinorUnits) => Promise<SaleRow>;

/**
 * Storing a sale takes a few milliseconds, so the dialog says "Saving…" only for one that takes
 * longer than this: re-rendering and repainting it for every sale would compete with the very
 * IndexedDB transaction it announces. Until then a second Complete or a Close does nothing.
 */
export const SAVING_SHOWN_AFTER_MS = 200;

export function useCashPayment(channel: ChannelRecord, lines: readonly CashSaleLine[], total: MinorUnits, settle?: SettleCash) {
  const digits = currencyDigits(channel.currency);
  const [text, setText] = useState('');
  const [phase, setPhase] = useState<CashPaymentPhase>({ step: 'tendering', error: undefined });
  const tendered = parseMoneyInput(text, digits);
  const quickAmounts = useMemo(() => quickCashAmounts(total), [total]);
  const canComplete = phase.step === 'tendering' && tendered !== undefined && tendered >= total && lines.length > 0;
  const storing = useRef(false);

  async function complete() {
    if (!canComplete || storing.current) return;
    storing.current = true;
    const slow = window.setTimeout(() => {
      setPhase({ step: 'saving' });
    }, SAVING_SHOWN_AFTER_MS);
    try {
      const sale = settle ? await settle(tendered) : await completeCashSale(db, { lines, tendered, clientTotal: total });
      // The sale is stored: the cart is done with, whatever the cashier taps next.
      if (!settle) cartStore.getState().clear();
      syncEngine.requestPush();
      setPhase({ step: 'done', sale });
      // Only now, with the sale stored: receipt and drawer pulse go to the print queue, which never
      // makes the sale wait (a printer problem shows in the queue, not here).
      afterCashSale(hardware, db, sale, channel);
    } catch (error) {
      setPhase({ step: 'tendering', error: `The sale was not recorded: ${describeMutationError(error)}` });
    } finally {
      window.clearTimeout(slow);
      storing.current = false;
    }
  }

  return {
    phase,
    text,
    setText,
    tendered,
    change: tendered === undefined ? undefined : tendered - total,
    quickAmounts,
    choose: (amount: MinorUnits) => {
      setText(formatMoneyInput(amount, digits));
    },
    canComplete,
    complete: () => void complete(),
    /** Whether a sale is being stored (shown as "Saving…" only once it takes a while). */
    isStoring: () => storing.current,
  };
}
