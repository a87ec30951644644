import { describe, expect, test } from 'vitest';
import { cardPaymentFrom, paymentSchema, type TerminalOutcome } from '@tillsafe/domain';
import { ManualPaymentTerminal } from './manual-payment-terminal';

const request = { amount: 10_000, currency: 'USD', saleId: '0190a0e0-0000-7000-8000-0000000052a1' };

describe('a standalone card terminal, keyed in from its slip', () => {
  test('the payment waits for the slip; the last four and the approval code become a card payment', async () => {
    const terminal = new ManualPaymentTerminal();
    const changes: (typeof request | null)[] = [];
    terminal.subscribe(() => changes.push(terminal.current()));
    const answer = terminal.startPayment(request);
    expect(terminal.current()).toEqual(request);
    expect(terminal.approve({ last4: ' 4242 ', approvalCode: ' 83kq1z ', reference: 'ING-77-000481' })).toEqual({ ok: true });
    const outcome = await answer;
    expect(outcome).toEqual({ status: 'approved', last4: '4242', approvalCode: '83KQ1Z', terminalRef: 'ING-77-000481' });
    expect(terminal.current()).toBeNull();
    expect(changes).toEqual([request, null]);
    if (outcome.status !== 'approved') throw new Error('expected approval');
    expect(paymentSchema.safeParse(cardPaymentFrom(10_000, outcome)).success).toBe(true);
  });

  test('a slip without a reference is recorded by its approval code, marked as keyed in', async () => {
    const terminal = new ManualPaymentTerminal();
    const answer = terminal.startPayment(request);
    terminal.approve({ last4: '0019', approvalCode: '512044', reference: '' });
    expect(await answer).toMatchObject({ terminalRef: 'MANUAL-512044' });
  });

  test('what the slip cannot say is refused, field by field, and the payment keeps waiting', () => {
    const terminal = new ManualPaymentTerminal();
    void terminal.startPayment(request);
    expect(terminal.approve({ last4: '424', approvalCode: 'A1', reference: '' })).toMatchObject({ ok: false, error: { code: 'INVALID_CARD_ENTRY', field: 'last4' } });
    expect(terminal.approve({ last4: '4242', approvalCode: '  ', reference: '' })).toMatchObject({ ok: false, error: { field: 'approvalCode' } });
    expect(terminal.approve({ last4: '4242', approvalCode: 'X'.repeat(21), reference: '' })).toMatchObject({ ok: false, error: { field: 'approvalCode' } });
    expect(terminal.approve({ last4: '4242', approvalCode: 'A1', reference: 'R'.repeat(65) })).toMatchObject({ ok: false, error: { field: 'reference' } });
    expect(terminal.current()).toEqual(request);
  });

  test('a decline or a cancel on the terminal is the answer, with nothing taken', async () => {
    const terminal = new ManualPaymentTerminal();
    const declined = terminal.startPayment(request);
    terminal.decline(' Do not honour ');
    expect(await declined).toEqual<TerminalOutcome>({ status: 'declined', reason: 'Do not honour' });
    const cancelled = terminal.startPayment(request);
    terminal.cancel();
    expect(await cancelled).toEqual({ status: 'cancelled' });
  });

  test('one payment at a time; an entry with none waiting is refused', async () => {
    const terminal = new ManualPaymentTerminal();
    expect(terminal.approve({ last4: '4242', approvalCode: 'A1', reference: '' })).toMatchObject({ ok: false, error: { code: 'NO_PAYMENT_PENDING' } });
    void terminal.startPayment(request);
    await expect(terminal.startPayment(request)).rejects.toThrow('already taking a payment');
  });
});
