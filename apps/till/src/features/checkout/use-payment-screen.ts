import type { Payment, PaymentTerminal, Settlement } from '@tillsafe/domain';
import { useCallback, useEffect, useRef, useState } from 'react';
import { afterNextPaint } from '../../lib/after-next-paint';
import { chargeCard } from './card-charge';
import { completePayment } from './payment-completion';
import { initialPaymentState, reducePayment, type PaymentAction, type PaymentSetup, type PaymentState } from './payment-state';
import { cancelWarning, removalWarning } from './payment-warnings';
import { enterAction, paymentView } from './payment-view';

export interface PaymentResult {
  /** Every payment of the split tender, in the order taken, checked with the domain's paymentsSchema. */
  payments: Payment[];
  /** The domain's `settle` of those payments against the total: change, cash rounding. */
  settlement: Settlement;
}

export interface UsePaymentScreenOptions {
  setup: PaymentSetup;
  saleId: string;
  terminal: PaymentTerminal;
  onComplete: (result: PaymentResult) => void | Promise<void>;
  onCancel: () => void;
}

/**
 * Storing a sale takes a few milliseconds, so the screen says "Saving…" only for one that takes
 * longer than this: re-rendering it for every sale would compete with the very IndexedDB
 * transaction it announces. Until then a second Complete, Enter or Esc does nothing.
 */
export const SAVING_SHOWN_AFTER_MS = 200;

export type PaymentConfirm = { kind: 'remove'; index: number; title: string; body: string; confirm: string } | { kind: 'cancel'; body: string };

/**
 * The payment screen's behaviour: the pure reducer (payment-state.ts) plus what happens outside
 * it — asking the card terminal for a payment and feeding its answer back, the confirmations
 * before a card payment is dropped or the screen is left with payments taken, and completing.
 * The setup is read once: a new sale (or a changed total) mounts a new screen.
 */
export function usePaymentScreen({ setup, saleId, terminal, onComplete, onCancel }: UsePaymentScreenOptions) {
  const [state, setState] = useState<PaymentState>(() => initialPaymentState(setup));
  const current = useRef(state);
  const [confirm, setConfirm] = useState<PaymentConfirm | null>(null);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const storing = useRef(false);
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const dispatch = useCallback((action: PaymentAction): PaymentState => {
    const next = reducePayment(current.current, action);
    current.current = next;
    if (mounted.current) setState(next);
    setSaveError(null);
    return next;
  }, []);

  const charge = useCallback(() => {
    void chargeCard(dispatch, terminal, saleId);
  }, [dispatch, saleId, terminal]);

  const run = useCallback(
    (action: PaymentAction) => {
      if (action.type === 'card-start') charge();
      else dispatch(action);
    },
    [charge, dispatch],
  );

  const complete = useCallback(() => {
    const done = completePayment(current.current);
    if (!done.ok) {
      setState((s) => ({ ...s, notice: done.error }));
      return;
    }
    if (storing.current) return;
    storing.current = true;
    const slow = window.setTimeout(() => {
      if (mounted.current) setSaving(true);
    }, SAVING_SHOWN_AFTER_MS);
    const pressed = performance.now();
    // The sale is stored once the frame answering the press is drawn (see afterNextPaint).
    afterNextPaint()
      .then(() => onComplete({ payments: done.payments, settlement: done.settlement }))
      .then(() => {
        performance.measure('sale.press-to-stored', { start: pressed });
      })
      .catch((error: unknown) => {
        if (mounted.current) setSaveError(`The sale was not recorded: ${error instanceof Error ? error.message : String(error)}`);
      })
      .finally(() => {
        window.clearTimeout(slow);
        storing.current = false;
        if (mounted.current) setSaving(false);
      });
  }, [onComplete]);

  const pressEnter = useCallback(() => {
    if (storing.current) return;
    const action = enterAction(current.current);
    if (action === 'complete') complete();
    else if (action) run(action);
  }, [complete, run]);

  const askRemove = useCallback(
    (index: number) => {
      const payment = current.current.payments[index];
      if (!payment) return;
      const warning = removalWarning(current.current, payment);
      if (warning) setConfirm({ kind: 'remove', index, ...warning });
      else dispatch({ type: 'remove', index });
    },
    [dispatch],
  );

  const askCancel = useCallback(() => {
    if (storing.current) return;
    if (paymentView(current.current).busy) {
      setState((s) => ({ ...s, notice: { code: 'TERMINAL_BUSY', message: 'The card terminal is taking a payment: finish or cancel it on the terminal first.' } }));
      return;
    }
    const warning = cancelWarning(current.current);
    if (warning) setConfirm({ kind: 'cancel', body: warning });
    else onCancel();
  }, [onCancel]);

  const confirmed = useCallback(() => {
    if (confirm?.kind === 'remove') dispatch({ type: 'remove', index: confirm.index });
    if (confirm?.kind === 'cancel') onCancel();
    setConfirm(null);
  }, [confirm, dispatch, onCancel]);

  return {
    state,
    view: paymentView(state),
    run,
    complete,
    pressEnter,
    askRemove,
    askCancel,
    confirm,
    confirmed,
    dismissConfirm: () => {
      setConfirm(null);
    },
    saving,
    saveError,
  };
}
