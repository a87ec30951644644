import type { PaymentTerminal, TerminalOutcome, TerminalPaymentRequest } from '@tillsafe/domain';

/**
 * A card terminal for tests and the preview: it records every request and answers each with the
 * next outcome it was given — at once, or when the test calls `answerNext()` (to look at the
 * screen while the terminal is busy). With no outcomes left it approves, with made-up card data.
 */
export class FakePaymentTerminal implements PaymentTerminal {
  readonly requests: TerminalPaymentRequest[] = [];
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly outcomes: TerminalOutcome[] = [],
    private readonly options: { answerAtOnce: boolean } = { answerAtOnce: true },
  ) {}

  startPayment(request: TerminalPaymentRequest): Promise<TerminalOutcome> {
    this.requests.push(request);
    const outcome = this.outcomes.shift() ?? { status: 'approved', last4: '4242', approvalCode: `A${String(this.requests.length).padStart(5, '0')}`, terminalRef: `FAKE-${this.requests.length}` };
    if (this.options.answerAtOnce) return Promise.resolve(outcome);
    return new Promise((resolve) => {
      this.waiting.push(() => {
        resolve(outcome);
      });
    });
  }

  /** Answers the oldest payment still waiting (when not answering at once). */
  answerNext(): void {
    const next = this.waiting.shift();
    if (!next) throw new Error('No card payment is waiting for the fake terminal.');
    next();
  }
}
