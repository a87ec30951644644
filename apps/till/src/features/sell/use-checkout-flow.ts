import type { AgeCheck } from '@tillsafe/domain';
import { uuidv7, type ChannelRecord } from '@tillsafe/sync';
import { useCallback, useState } from 'react';
import { db, hardware, syncEngine } from '../../app/services';
import type { SaleRow } from '../../db/rows';
import { describeMutationError } from '../../sync-client/describe-mutation-error';
import type { PaymentResult } from '../checkout/use-payment-screen';
import { completeSale } from '../payment/complete-sale';
import { afterSale } from '../printing/after-sale';
import { cartStore } from './cart-store';

/**
 * Where a checkout stands: the age check (only for a cart with an age-restricted item), the payment
 * of a sale whose id is chosen when the payment screen opens (the card terminal records it; the
 * screen keeps the total it opened with), then the stored sale.
 */
export type CheckoutPhase = { step: 'age' } | { step: 'pay'; saleId: string; ageCheck: AgeCheck | null } | { step: 'done'; sale: SaleRow };

export interface UseCheckoutFlowOptions {
  /** The cart holds an age-restricted item: the age check comes first. */
  needsAgeCheck: boolean;
  channel: Pick<ChannelRecord, 'currency' | 'locale'>;
  /** Back to the cart without a sale, or on to the next sale once it is done. */
  onClose: () => void;
}

/**
 * The checkout's steps, from Charge to the receipt. The sale is stored by `completeSale` with the
 * payments the screen took, the age check and the cart as it stands, priced again at the moment of
 * sale (TOTAL_CHANGED when that is not the total the customer was shown). Once stored, the cart is
 * emptied, the sale is pushed, and the receipt (with the drawer pulse for cash) goes to the print
 * queue, which never makes the sale wait.
 */
export function useCheckoutFlow({ needsAgeCheck, channel, onClose }: UseCheckoutFlowOptions) {
  const [phase, setPhase] = useState<CheckoutPhase>(() => (needsAgeCheck ? { step: 'age' } : { step: 'pay', saleId: uuidv7(), ageCheck: null }));

  const goToPayment = useCallback((ageCheck: AgeCheck | null) => {
    setPhase({ step: 'pay', saleId: uuidv7(), ageCheck });
  }, []);

  /** Under age: the restricted lines leave the cart (no Undo: it was a refusal), the rest goes on to payment. */
  const removeLines = useCallback(
    (lineIds: readonly string[]) => {
      const cart = cartStore.getState();
      for (const lineId of lineIds) cart.remove(lineId);
      cart.forgetRemoved();
      if (cartStore.getState().lines.length === 0) onClose();
      else goToPayment(null);
    },
    [goToPayment, onClose],
  );

  const complete = useCallback(
    async ({ payments, settlement }: PaymentResult) => {
      if (phase.step !== 'pay') return;
      const { lines, cartDiscount, approverId, customerId, clear } = cartStore.getState();
      let sale: SaleRow;
      try {
        sale = await completeSale(db, { saleId: phase.saleId, cart: { lines, cartDiscount }, payments, ageCheck: phase.ageCheck, approverId, customerId, shownTotal: settlement.total });
      } catch (error) {
        throw new Error(describeMutationError(error), { cause: error });
      }
      clear();
      syncEngine.requestPush();
      setPhase({ step: 'done', sale });
      afterSale(hardware, db, sale, channel);
    },
    [channel, phase],
  );

  return { phase, goToPayment, removeLines, complete };
}
