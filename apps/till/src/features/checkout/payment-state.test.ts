import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { paymentsSchema, paymentValue, settle, type CashRoundingRule, type TerminalOutcome } from '@tillsafe/domain';
import { completePayment } from './payment-completion';
import { initialPaymentState, reducePayment, type PaymentAction, type PaymentSetup, type PaymentState } from './payment-state';
import { cancelWarning, removalWarning } from './payment-warnings';
import { enterAction, paymentView } from './payment-view';

const usd: PaymentSetup = { total: 18_743, currency: 'USD', locale: 'en-US', cashRounding: null, loyalty: null, mobileMoneyProviders: ['M-Pesa', 'Airtel Money'] };
const approved: TerminalOutcome = { status: 'approved', last4: '4242', approvalCode: '83KQ1Z', terminalRef: 'ING-77-000481' };
const nickel: CashRoundingRule = { increment: 5, mode: 'half-even' };

function run(setup: Partial<PaymentSetup>, ...actions: PaymentAction[]): PaymentState {
  return actions.reduce(reducePayment, initialPaymentState({ ...usd, ...setup }));
}

/** Charges the card for what is typed (or what is due) and has the terminal approve it. */
const cardPaid = (amount = ''): PaymentAction[] => [{ type: 'tab', tab: 'card' }, { type: 'card-text', text: amount }, { type: 'card-start' }, { type: 'terminal-answered', outcome: approved }];

describe('paying in cash', () => {
  test('the cash handed over counts as it is typed, with the change due, before it is taken', () => {
    const state = run({ total: 1250 }, { type: 'cash-text', text: '20' });
    expect(paymentView(state)).toMatchObject({ paid: 0, remaining: 1250, pendingCash: 2000, change: 750, fullyPaid: true });
    expect(completePayment(state)).toEqual({
      ok: true,
      payments: [{ kind: 'cash', amount: 2000 }],
      settlement: { total: 1250, nonCash: 0, cashDue: 1250, cashRounding: 0, cashTendered: 2000, change: 750 },
    });
  });

  test('the quick amounts are for the cash still due, and tapping one types it', () => {
    const state = run({ total: 3700 }, ...cardPaid('10'));
    expect(paymentView(state).quickCash).toEqual([2700, 3000, 4000, 5000]);
    const tapped = reducePayment(state, { type: 'quick-cash', amount: 3000 });
    expect(tapped).toMatchObject({ tab: 'cash', cash: '30.00' });
    expect(paymentView(tapped)).toMatchObject({ change: 300, fullyPaid: true });
  });

  test('too little cash is taken as part of the payment and the rest stays due', () => {
    const state = run({ total: 5000 }, { type: 'cash-text', text: '20' });
    expect(paymentView(state)).toMatchObject({ fullyPaid: false, change: undefined });
    expect(completePayment(state)).toEqual({ ok: false, error: { code: 'NOT_PAID', message: '$30.00 is still due.' } });
    const taken = reducePayment(state, { type: 'take-cash' });
    expect(taken.payments).toEqual([{ kind: 'cash', amount: 2000 }]);
    expect(paymentView(taken)).toMatchObject({ paid: 2000, remaining: 3000, pendingCash: undefined });
  });

  test('nothing typed, or no amount, is refused with a code', () => {
    expect(run({}, { type: 'take-cash' }).notice?.code).toBe('INVALID_AMOUNT');
    expect(run({}, { type: 'cash-text', text: 'abc' }, { type: 'take-cash' }).notice?.code).toBe('INVALID_AMOUNT');
  });

  test('digits typed anywhere go to the cash amount; one decimal mark; Backspace takes one off', () => {
    const keys = ['2', '0', '.', '5', '.', '0', 'x', 'Backspace'].map((key): PaymentAction => ({ type: 'cash-key', key }));
    const state = run({}, { type: 'tab', tab: 'card' }, ...keys);
    expect(state).toMatchObject({ tab: 'cash', cash: '20.5' });
    expect(run({}, { type: 'cash-key', key: ',' }).cash).toBe('0,');
  });

  test('leaving the cash tab drops what was typed there, so it no longer counts as paid', () => {
    const state = run({ total: 1000 }, { type: 'cash-text', text: '50' }, { type: 'tab', tab: 'card' });
    expect(state.cash).toBe('');
    expect(paymentView(state).fullyPaid).toBe(false);
  });
});

describe('paying by card through the terminal', () => {
  test('an empty amount charges what is still due; the approval becomes the card payment', () => {
    const waiting = run({}, { type: 'tab', tab: 'card' }, { type: 'card-start' });
    expect(waiting.terminal).toEqual({ step: 'waiting', amount: 18_743 });
    const paid = reducePayment(waiting, { type: 'terminal-answered', outcome: approved });
    expect(paid.payments).toEqual([{ kind: 'card', amount: 18_743, last4: '4242', approvalCode: '83KQ1Z', terminalRef: 'ING-77-000481' }]);
    expect(paid.terminal).toEqual({ step: 'idle' });
    expect(completePayment(paid)).toMatchObject({ ok: true, settlement: { nonCash: 18_743, change: 0 } });
  });

  test('a split: part by card, the rest in cash with change', () => {
    const state = run({}, ...cardPaid('100'), { type: 'tab', tab: 'cash' }, { type: 'cash-text', text: '100' });
    expect(paymentView(state)).toMatchObject({ paid: 10_000, remaining: 8743, pendingCash: 10_000, change: 1257, fullyPaid: true });
    const done = completePayment(state);
    expect(done.ok && done.payments.map((p) => p.kind)).toEqual(['card', 'cash']);
    expect(done.ok && done.settlement).toEqual({ total: 18_743, nonCash: 10_000, cashDue: 8743, cashRounding: 0, cashTendered: 10_000, change: 1257 });
  });

  test('a card for more than is still due is refused before the terminal is asked: only cash gives change', () => {
    const state = run({ total: 5000 }, { type: 'cash-text', text: '20' }, { type: 'take-cash' }, { type: 'tab', tab: 'card' }, { type: 'card-text', text: '40' }, { type: 'card-start' });
    expect(state.terminal).toEqual({ step: 'idle' });
    expect(state.notice).toEqual({ code: 'OVER_REMAINING', message: 'A card can pay at most $30.00, what is still due; only cash can be more, as change.' });
  });

  test('while the terminal is busy nothing else changes the payments and the sale cannot complete', () => {
    const waiting = run({ total: 1000 }, { type: 'cash-text', text: '5' }, { type: 'take-cash' }, { type: 'tab', tab: 'card' }, { type: 'card-start' });
    expect(paymentView(waiting).busy).toBe(true);
    expect(reducePayment(waiting, { type: 'remove', index: 0 })).toMatchObject({ payments: [{ kind: 'cash', amount: 500 }], notice: { code: 'TERMINAL_BUSY' } });
    expect(reducePayment(waiting, { type: 'card-start' }).notice?.code).toBe('TERMINAL_BUSY');
    expect(completePayment(waiting)).toMatchObject({ ok: false, error: { code: 'TERMINAL_BUSY' } });
    expect(enterAction(waiting)).toBeNull();
  });

  test('a declined or cancelled card takes nothing and says so; a failing terminal too', () => {
    const waiting = run({}, { type: 'tab', tab: 'card' }, { type: 'card-start' });
    const declined = reducePayment(waiting, { type: 'terminal-answered', outcome: { status: 'declined', reason: 'Insufficient funds' } });
    expect(declined).toMatchObject({ payments: [], terminal: { step: 'idle' }, notice: { code: 'CARD_DECLINED', message: 'The card was declined: Insufficient funds. Nothing was taken; try another card or tender.' } });
    expect(reducePayment(waiting, { type: 'terminal-answered', outcome: { status: 'cancelled' } })).toMatchObject({ payments: [], notice: { code: 'CARD_CANCELLED' } });
    expect(reducePayment(waiting, { type: 'terminal-failed', message: 'cable unplugged' })).toMatchObject({ payments: [], terminal: { step: 'idle' }, notice: { code: 'TERMINAL_FAILED' } });
  });

  test('an answer with no payment under way is ignored', () => {
    const idle = run({});
    expect(reducePayment(idle, { type: 'terminal-answered', outcome: approved })).toBe(idle);
  });
});

describe('mobile money and points', () => {
  test('mobile money needs a provider and the reference, and pays what is due unless told less', () => {
    const tab: PaymentAction = { type: 'tab', tab: 'mobile_money' };
    expect(run({}, tab, { type: 'take-mobile' }).notice?.code).toBe('REFERENCE_MISSING');
    expect(run({ mobileMoneyProviders: [] }, tab, { type: 'mobile', field: 'reference', value: 'QX12' }, { type: 'take-mobile' }).notice?.code).toBe('PROVIDER_MISSING');
    const paid = run({}, tab, { type: 'mobile', field: 'reference', value: ' QX12 ' }, { type: 'mobile', field: 'amount', value: '50' }, { type: 'take-mobile' });
    expect(paid.payments).toEqual([{ kind: 'mobile_money', amount: 5000, provider: 'M-Pesa', reference: 'QX12' }]);
    expect(paid.mobile).toEqual({ provider: 'M-Pesa', reference: '', amount: '' });
    const over = run({}, tab, { type: 'mobile', field: 'reference', value: 'QX12' }, { type: 'mobile', field: 'amount', value: '500' }, { type: 'take-mobile' });
    expect(over.notice?.code).toBe('OVER_REMAINING');
  });

  test('points pay at most what the customer may spend offline, at the programme value, rounded in the store’s favour', () => {
    // 3 points pay 1 cent: 250 points are worth 83 cents, which cost 249 points.
    const loyalty = { customerName: 'Jordan', spendablePoints: 250, pointValue: { points: 3, value: 1 } };
    const state = run({ loyalty }, { type: 'tab', tab: 'loyalty' });
    expect(paymentView(state)).toMatchObject({ pointsLeft: 250, pointsMaxValue: 83 });
    const paid = reducePayment(state, { type: 'take-points' });
    expect(paid.payments).toEqual([{ kind: 'loyalty', points: 249, value: 83 }]);
    expect(paymentView(paid)).toMatchObject({ pointsLeft: 1, pointsMaxValue: 0, remaining: 18_743 - 83 });
    expect(reducePayment(paid, { type: 'take-points' }).notice).toEqual({ code: 'POINTS_OVER_BALANCE', message: 'Jordan has no points left to spend on this till.' });
    const tooMany = reducePayment(state, { type: 'points-text', text: '1' });
    expect(reducePayment(tooMany, { type: 'take-points' }).notice).toEqual({ code: 'POINTS_OVER_BALANCE', message: '$1.00 takes 300 points; Jordan may spend 250 on this till ($0.83).' });
  });

  test('points never pay more than is due, and need a customer', () => {
    const loyalty = { customerName: 'Jordan', spendablePoints: 100_000, pointValue: { points: 1, value: 1 } };
    expect(paymentView(run({ loyalty, total: 700 })).pointsMaxValue).toBe(700);
    expect(run({ loyalty, total: 700 }, { type: 'points-text', text: '8' }, { type: 'take-points' }).notice?.code).toBe('OVER_REMAINING');
    expect(run({}, { type: 'take-points' }).notice?.code).toBe('NO_LOYALTY');
  });
});

describe('cash rounding and free sales', () => {
  test('when only a rounding is left after the card, the sale completes with a cash payment of nothing', () => {
    const state = run({ total: 1002, cashRounding: nickel }, ...cardPaid('10'));
    expect(paymentView(state)).toMatchObject({ remaining: 2, remainingInCash: 0, fullyPaid: true, cashRounding: -2, quickCash: [] });
    expect(completePayment(state)).toMatchObject({ ok: true, payments: [{ kind: 'card', amount: 1000 }, { kind: 'cash', amount: 0 }], settlement: { cashRounding: -2, change: 0 } });
  });

  test('the cash due is rounded to the cash step', () => {
    const state = run({ total: 1003, cashRounding: nickel }, { type: 'cash-text', text: '10.05' });
    expect(paymentView(state)).toMatchObject({ remainingInCash: 1005, change: 0, cashRounding: 2, fullyPaid: true });
    expect(completePayment(run({ total: 1003, cashRounding: nickel }, { type: 'cash-text', text: '10.03' }))).toEqual({
      ok: false,
      error: { code: 'NOT_PAID', message: '$0.02 is still due.' },
    });
  });

  test('a sale that costs nothing completes with one cash payment of nothing', () => {
    expect(completePayment(run({ total: 0 }))).toMatchObject({ ok: true, payments: [{ kind: 'cash', amount: 0 }], settlement: { change: 0 } });
  });
});

describe('changing your mind', () => {
  test('a taken payment can be removed; a card or mobile-money one asks first, saying where to reverse it', () => {
    const state = run({}, ...cardPaid('100'), { type: 'tab', tab: 'cash' }, { type: 'cash-text', text: '20' }, { type: 'take-cash' });
    expect(removalWarning(state, state.payments[0]!)?.body).toBe(
      '$100.00 was approved on the card terminal (card •••• 4242, approval 83KQ1Z). Removing it here does not give the money back: void or refund it on the terminal first.',
    );
    expect(removalWarning(state, state.payments[1]!)).toBeNull();
    const removed = reducePayment(state, { type: 'remove', index: 0 });
    expect(removed.payments).toEqual([{ kind: 'cash', amount: 2000 }]);
    expect(paymentView(removed).remaining).toBe(16_743);
  });

  test('cancelling with payments taken says what to give back', () => {
    expect(cancelWarning(run({}))).toBeNull();
    const state = run({}, ...cardPaid('100'), { type: 'tab', tab: 'cash' }, { type: 'cash-text', text: '20' }, { type: 'take-cash' });
    expect(cancelWarning(state)).toBe('The payments taken are dropped. Before you cancel: void the $100.00 card payment (•••• 4242) on the terminal; hand back $20.00 in cash.');
  });
});

describe('the Enter key', () => {
  test('completes once fully paid, else takes what the open tender is set up for', () => {
    expect(enterAction(run({ total: 1000 }, { type: 'cash-text', text: '10' }))).toBe('complete');
    expect(enterAction(run({ total: 1000 }, { type: 'cash-text', text: '5' }))).toEqual({ type: 'take-cash' });
    expect(enterAction(run({ total: 1000 }))).toBeNull();
    expect(enterAction(run({ total: 1000 }, { type: 'tab', tab: 'card' }))).toEqual({ type: 'card-start' });
    expect(enterAction(run({ total: 1000 }, ...cardPaid()))).toBe('complete');
  });
});

describe('over random sequences of taps', () => {
  const actionArb: fc.Arbitrary<PaymentAction[]> = fc.oneof(
    fc.integer({ min: 0, max: 30_000 }).map((cents) => [{ type: 'tab', tab: 'cash' }, { type: 'cash-text', text: (cents / 100).toFixed(2) }, { type: 'take-cash' }] as PaymentAction[]),
    fc.integer({ min: 0, max: 30_000 }).map((cents) => [...cardPaid(cents === 0 ? '' : (cents / 100).toFixed(2))]),
    fc.integer({ min: 0, max: 30_000 }).map(
      (cents) => [{ type: 'tab', tab: 'mobile_money' }, { type: 'mobile', field: 'reference', value: 'R1' }, { type: 'mobile', field: 'amount', value: cents === 0 ? '' : (cents / 100).toFixed(2) }, { type: 'take-mobile' }] as PaymentAction[],
    ),
    fc.integer({ min: 0, max: 5_000 }).map((cents) => [{ type: 'tab', tab: 'loyalty' }, { type: 'points-text', text: cents === 0 ? '' : (cents / 100).toFixed(2) }, { type: 'take-points' }] as PaymentAction[]),
    fc.nat(6).map((index) => [{ type: 'remove', index }] as PaymentAction[]),
    fc.integer({ min: 1, max: 40_000 }).map((cents) => [{ type: 'tab', tab: 'cash' }, { type: 'cash-text', text: (cents / 100).toFixed(2) }] as PaymentAction[]),
  );
  const setupArb = fc.record({
    total: fc.integer({ min: 0, max: 25_000 }),
    cashRounding: fc.constantFrom(null, nickel, { increment: 10, mode: 'half-up' as const }),
    spendable: fc.integer({ min: 0, max: 3_000 }),
  });

  test('non-cash payments never pass the total, points never pass the balance, and a completion always settles as the mutator will check it', () => {
    fc.assert(
      fc.property(setupArb, fc.array(actionArb, { maxLength: 8 }), ({ total, cashRounding, spendable }, steps) => {
        const loyalty = { customerName: 'Jordan', spendablePoints: spendable, pointValue: { points: 2, value: 1 } };
        const state = run({ total, cashRounding, loyalty }, ...steps.flat());
        const nonCash = state.payments.filter((p) => p.kind !== 'cash').reduce((sum, p) => sum + paymentValue(p), 0);
        expect(nonCash).toBeLessThanOrEqual(total);
        expect(state.payments.reduce((sum, p) => sum + (p.kind === 'loyalty' ? p.points : 0), 0)).toBeLessThanOrEqual(spendable);
        expect(settle(total, state.payments, cashRounding ?? undefined)).not.toMatchObject({ ok: false, error: { code: 'OVERPAID_NON_CASH' } });
        const view = paymentView(state);
        const done = completePayment(state);
        expect(view.fullyPaid).toBe(done.ok);
        if (done.ok) {
          expect(paymentsSchema.safeParse(done.payments).success).toBe(true);
          expect(settle(total, done.payments, cashRounding ?? undefined)).toEqual({ ok: true, value: done.settlement });
          expect(view.change).toBe(done.settlement.change);
        } else {
          expect(view.remaining + view.remainingInCash).toBeGreaterThan(0);
        }
      }),
      { seed: 5_2027, numRuns: 400 },
    );
  });
});
