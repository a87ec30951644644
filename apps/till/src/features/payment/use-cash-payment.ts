import { cashDue, currencyDigits, quickCashAmounts, type AgeCheck, type CashRoundingRule, type MinorUnits } from '@tillsafe/domain';
import type { ChannelRecord } from '@tillsafe/sync';
import { useMemo, useRef, useState } from 'react';
import { db, hardware, syncEngine } from '../../app/services';
import type { SaleRow } from '../../db/rows';
import { storeTimestamp } from '../../lib/store-time';
import { describeMutationError } from '../../sync-client/describe-mutation-error';
import { afterSale } from '../printing/after-sale';
import { formatMoneyInput, parseMoneyInput } from './money-input';

export type CashPaymentPhase = { step: 'tendering'; error: string | undefined } | { step: 'saving' } | { step: 'done'; sale: SaleRow };

/** Stores the sale once enough cash is tendered, with the age check when one was asked for. */
export type SettleCash = (tendered: MinorUnits, ageCheck: AgeCheck | null) => Promise<SaleRow>;

/** The cart holds an age-restricted item: the cashier confirms the customer's age before payment. */
export interface AgeCheckRequest {
  minimumAge: number;
  /** The staff member checking (the signed-in actor). */
  verifiedBy: string;
}

/**
 * Storing a sale takes a few milliseconds, so the dialog says "Saving…" only for one that takes
 * longer than this: re-rendering and repainting it for every sale would compete with the very
 * IndexedDB transaction it announces. Until then a second Complete or a Close does nothing.
 */
export const SAVING_SHOWN_AFTER_MS = 200;

/**
 * One cash payment of `total`: what is due in cash (rounded to the channel's cash step, a tender
 * rule that never changes the sale's total), quick amounts, the change, and, for an age-restricted
 * cart, the cashier's confirmation of the customer's age (recorded as a visual check).
 */
export function useCashPayment(channel: ChannelRecord, total: MinorUnits, settle: SettleCash, options: { ageCheck?: AgeCheckRequest | undefined; cashRounding?: CashRoundingRule | null | undefined } = {}) {
  const digits = currencyDigits(channel.currency);
  const [text, setText] = useState('');
  const [ageConfirmed, setAgeConfirmed] = useState(false);
  const [phase, setPhase] = useState<CashPaymentPhase>({ step: 'tendering', error: undefined });
  const due = options.cashRounding ? cashDue(total, options.cashRounding).due : total;
  const tendered = parseMoneyInput(text, digits);
  const quickAmounts = useMemo(() => quickCashAmounts(due), [due]);
  const ageOk = options.ageCheck === undefined || ageConfirmed;
  const canComplete = phase.step === 'tendering' && tendered !== undefined && tendered >= due && ageOk;
  const storing = useRef(false);

  async function complete() {
    if (!canComplete || storing.current) return;
    storing.current = true;
    const slow = window.setTimeout(() => {
      setPhase({ step: 'saving' });
    }, SAVING_SHOWN_AFTER_MS);
    try {
      const check: AgeCheck | null = options.ageCheck ? { method: 'visual_over_threshold', verifiedBy: options.ageCheck.verifiedBy, at: storeTimestamp(new Date()) } : null;
      const sale = await settle(tendered, check);
      syncEngine.requestPush();
      setPhase({ step: 'done', sale });
      // Only now, with the sale stored: receipt and drawer pulse go to the print queue, which never
      // makes the sale wait (a printer problem shows in the queue, not here).
      afterSale(hardware, db, sale, channel);
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
    /** What to take in cash: the total, rounded to the cash step. */
    due,
    change: tendered === undefined ? undefined : tendered - due,
    quickAmounts,
    choose: (amount: MinorUnits) => {
      setText(formatMoneyInput(amount, digits));
    },
    ageConfirmed,
    setAgeConfirmed,
    canComplete,
    complete: () => void complete(),
    /** Whether a sale is being stored (shown as "Saving…" only once it takes a while). */
    isStoring: () => storing.current,
  };
}
