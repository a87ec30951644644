import type { PaymentTerminal, TerminalPaymentRequest } from '@tillsafe/domain';
import { useSyncExternalStore } from 'react';
import { ManualPaymentTerminal } from './manual-payment-terminal';

const never = () => () => undefined;
const none = () => null;

/** The payment a keyed-in terminal is waiting for, or null (always null for any other terminal). */
export function useManualTerminalRequest(terminal: PaymentTerminal): TerminalPaymentRequest | null {
  const manual = terminal instanceof ManualPaymentTerminal ? terminal : null;
  return useSyncExternalStore(manual ? (listener) => manual.subscribe(listener) : never, manual ? () => manual.current() : none);
}
