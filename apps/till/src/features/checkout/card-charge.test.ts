import { expect, test } from 'vitest';
import type { PaymentTerminal } from '@tillsafe/domain';
import { chargeCard } from './card-charge';
import { initialPaymentState, reducePayment, type PaymentAction, type PaymentState } from './payment-state';
import { FakePaymentTerminal } from './testing/fake-payment-terminal';

const saleId = '0190a0e0-0000-7000-8000-0000000052a1';

/** The state and a dispatch over it, as the payment screen's hook keeps them. */
function screen(total = 5000) {
  let state: PaymentState = reducePayment(
    initialPaymentState({ total, currency: 'USD', locale: 'en-US', cashRounding: null, loyalty: null, mobileMoneyProviders: [] }),
    { type: 'tab', tab: 'card' },
  );
  const seen: PaymentState[] = [];
  const dispatch = (action: PaymentAction) => {
    state = reducePayment(state, action);
    seen.push(state);
    return state;
  };
  return { dispatch, seen, current: () => state };
}

test('the terminal is asked for what is due, with the sale id, and its approval becomes the card payment', async () => {
  const s = screen();
  const terminal = new FakePaymentTerminal([{ status: 'approved', last4: '0019', approvalCode: '512044', terminalRef: 'T-1' }]);
  await chargeCard(s.dispatch, terminal, saleId);
  expect(terminal.requests).toEqual([{ amount: 5000, currency: 'USD', saleId }]);
  expect(s.seen[0]!.terminal).toEqual({ step: 'waiting', amount: 5000 });
  expect(s.current().payments).toEqual([{ kind: 'card', amount: 5000, last4: '0019', approvalCode: '512044', terminalRef: 'T-1' }]);
});

test('while the customer is paying the screen waits; a decline then takes nothing', async () => {
  const s = screen();
  const terminal = new FakePaymentTerminal([{ status: 'declined', reason: 'Expired card' }], { answerAtOnce: false });
  const charging = chargeCard(s.dispatch, terminal, saleId);
  expect(s.current().terminal.step).toBe('waiting');
  terminal.answerNext();
  await charging;
  expect(s.current()).toMatchObject({ payments: [], terminal: { step: 'idle' }, notice: { code: 'CARD_DECLINED' } });
});

test('a terminal that throws, or answers nonsense, takes nothing and says so', async () => {
  const broken: PaymentTerminal = { startPayment: () => Promise.reject(new Error('USB cable unplugged')) };
  const s = screen();
  await chargeCard(s.dispatch, broken, saleId);
  expect(s.current()).toMatchObject({ payments: [], terminal: { step: 'idle' }, notice: { code: 'TERMINAL_FAILED', message: 'The card terminal did not answer: USB cable unplugged' } });
  const garbled = { startPayment: () => Promise.resolve({ status: 'approved', last4: '42' }) } as unknown as PaymentTerminal;
  const t = screen();
  await chargeCard(t.dispatch, garbled, saleId);
  expect(t.current()).toMatchObject({ payments: [], notice: { code: 'TERMINAL_FAILED' } });
});

test('a refused amount never reaches the terminal', async () => {
  const s = screen();
  s.dispatch({ type: 'card-text', text: '80' });
  const terminal = new FakePaymentTerminal();
  await chargeCard(s.dispatch, terminal, saleId);
  expect(terminal.requests).toEqual([]);
  expect(s.current().notice?.code).toBe('OVER_REMAINING');
});
