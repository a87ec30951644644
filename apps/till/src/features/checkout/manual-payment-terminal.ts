import { terminalOutcomeSchema, terminalPaymentRequestSchema, type PaymentTerminal, type TerminalOutcome, type TerminalPaymentRequest } from '@tillsafe/domain';

/**
 * The `PaymentTerminal` adapter for a standalone card terminal, one not connected to the till:
 * the cashier keys the amount into the terminal, the customer pays, and the cashier types what
 * the terminal's slip says — the card's last four digits and the approval code — into the till.
 * `startPayment` waits for that entry; the payment screen shows the entry form while a payment is
 * pending (`current()`, `subscribe()`), and the cashier can also record a decline or a payment
 * cancelled on the terminal.
 *
 * The slip's transaction reference is asked for but optional (not every standalone terminal
 * prints one); without it the payment's `terminalRef` is `MANUAL-` and the approval code, which
 * is what the cashier finds the transaction by on the terminal for a refund.
 */
export interface ManualCardEntry {
  last4: string;
  approvalCode: string;
  /** The slip's transaction reference; '' when it prints none. */
  reference: string;
}

export type ManualEntryField = keyof ManualCardEntry;

export type ManualEntryOutcome = { ok: true } | { ok: false; error: { code: 'INVALID_CARD_ENTRY' | 'NO_PAYMENT_PENDING'; message: string; field?: ManualEntryField } };

interface Pending {
  request: TerminalPaymentRequest;
  resolve: (outcome: TerminalOutcome) => void;
}

export class ManualPaymentTerminal implements PaymentTerminal {
  private pending: Pending | null = null;
  private readonly listeners = new Set<() => void>();

  startPayment(request: TerminalPaymentRequest): Promise<TerminalOutcome> {
    if (this.pending) return Promise.reject(new Error('The terminal is already taking a payment.'));
    const checked = terminalPaymentRequestSchema.parse(request);
    return new Promise((resolve) => {
      this.pending = { request: checked, resolve };
      this.emit();
    });
  }

  /** The payment the cashier is keying in now, or null. */
  current(): TerminalPaymentRequest | null {
    return this.pending?.request ?? null;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** What the slip says for an approved payment: checked, then the terminal's answer. */
  approve(entry: ManualCardEntry): ManualEntryOutcome {
    const last4 = entry.last4.replace(/\s/g, '');
    if (!/^\d{4}$/.test(last4)) return invalid('last4', 'Type the last four digits of the card, as the slip shows them.');
    const approvalCode = entry.approvalCode.trim().toUpperCase();
    if (!approvalCode) return invalid('approvalCode', 'Type the approval (authorisation) code from the slip.');
    const reference = entry.reference.trim();
    const outcome = terminalOutcomeSchema.safeParse({ status: 'approved', last4, approvalCode, terminalRef: reference || `MANUAL-${approvalCode}` });
    if (!outcome.success) {
      const field = outcome.error.issues[0]?.path[0] === 'terminalRef' ? 'reference' : 'approvalCode';
      return invalid(field, field === 'reference' ? 'The slip reference is at most 64 characters.' : 'The approval code is at most 20 characters.');
    }
    return this.answer(outcome.data);
  }

  /** The terminal declined the card; the reason is what it printed or showed. */
  decline(reason: string): ManualEntryOutcome {
    return this.answer({ status: 'declined', reason: reason.trim().slice(0, 200) });
  }

  /** The payment was stopped on the terminal; nothing was taken. */
  cancel(): ManualEntryOutcome {
    return this.answer({ status: 'cancelled' });
  }

  private answer(outcome: TerminalOutcome): ManualEntryOutcome {
    const pending = this.pending;
    if (!pending) return { ok: false, error: { code: 'NO_PAYMENT_PENDING', message: 'No card payment is waiting for the slip.' } };
    this.pending = null;
    pending.resolve(outcome);
    this.emit();
    return { ok: true };
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

function invalid(field: ManualEntryField, message: string): ManualEntryOutcome {
  return { ok: false, error: { code: 'INVALID_CARD_ENTRY', message, field } };
}
