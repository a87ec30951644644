import { describe, expect, test } from 'vitest';
import { paymentSchema } from './payment';
import { cardPaymentFrom, terminalOutcomeSchema, type PaymentTerminal, type TerminalOutcome } from './payment-terminal';
import { settle } from './settle';

/** A terminal that answers what the test says, as an adapter for a real one would after the customer taps. */
function fakeTerminal(answer: unknown): PaymentTerminal {
  return { startPayment: () => Promise.resolve(terminalOutcomeSchema.parse(answer)) };
}

async function payByCard(terminal: PaymentTerminal, amount: number): Promise<TerminalOutcome> {
  return terminal.startPayment({ amount, currency: 'EUR', saleId: '00000000-0000-4000-8000-000000000001' });
}

describe('paying through a card terminal', () => {
  test('an approved payment becomes a card payment with the last four digits, approval code and terminal reference', async () => {
    const outcome = await payByCard(fakeTerminal({ status: 'approved', last4: '0019', approvalCode: '83KQ1Z', terminalRef: 'ING-77-000481' }), 1599);
    if (outcome.status !== 'approved') throw new Error(`expected approval, got ${outcome.status}`);
    const payment = cardPaymentFrom(1599, outcome);
    expect(paymentSchema.parse(payment)).toEqual({ kind: 'card', amount: 1599, last4: '0019', approvalCode: '83KQ1Z', terminalRef: 'ING-77-000481' });
    expect(settle(1599, [payment])).toMatchObject({ ok: true, value: { nonCash: 1599, change: 0 } });
  });

  test('declined and cancelled payments carry no card details', async () => {
    expect(await payByCard(fakeTerminal({ status: 'declined', reason: 'Insufficient funds' }), 100)).toEqual({ status: 'declined', reason: 'Insufficient funds' });
    expect(await payByCard(fakeTerminal({ status: 'cancelled' }), 100)).toEqual({ status: 'cancelled' });
  });

  test('an approval without its reference is not accepted from a terminal', () => {
    expect(terminalOutcomeSchema.safeParse({ status: 'approved', last4: '0019', approvalCode: '83KQ1Z' }).success).toBe(false);
    expect(terminalOutcomeSchema.safeParse({ status: 'approved', last4: '19', approvalCode: '83KQ1Z', terminalRef: 'x' }).success).toBe(false);
  });
});
