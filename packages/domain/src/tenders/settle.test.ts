import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { CashRoundingRule } from '../pricing/cash-rounding';
import { paymentSchema, paymentValue, type Payment } from './payment';
import { quickCashFor } from './quick-cash';
import { settle } from './settle';

const cash = (amount: number): Payment => ({ kind: 'cash', amount });
const card = (amount: number): Payment => ({ kind: 'card', amount, last4: '4242', approvalCode: 'A1B2C3', terminalRef: 'T-0001' });
const mobile = (amount: number): Payment => ({ kind: 'mobile_money', amount, provider: 'M-Pesa', reference: 'QX12' });
const points = (value: number): Payment => ({ kind: 'loyalty', points: value * 10, value });
const nickel: CashRoundingRule = { increment: 5, mode: 'half-up' };

describe('settling a sale', () => {
  test('cash over the total comes back as change', () => {
    expect(settle(1250, [cash(2000)])).toEqual({ ok: true, value: { total: 1250, nonCash: 0, cashDue: 1250, cashRounding: 0, cashTendered: 2000, change: 750 } });
  });

  test('a split tender of card, mobile money and points settles with the rest in cash', () => {
    const outcome = settle(10_000, [card(4000), mobile(2500), points(500), cash(5000)]);
    expect(outcome).toEqual({ ok: true, value: { total: 10_000, nonCash: 7000, cashDue: 3000, cashRounding: 0, cashTendered: 5000, change: 2000 } });
  });

  test('a card paying exactly the total settles with nothing rounded', () => {
    expect(settle(1002, [card(1002)], nickel)).toEqual({ ok: true, value: { total: 1002, nonCash: 1002, cashDue: 0, cashRounding: 0, cashTendered: 0, change: 0 } });
  });

  test('a card paying more than remained is refused: only cash gives change', () => {
    expect(settle(1000, [points(300), card(800)])).toEqual({
      ok: false,
      error: {
        code: 'OVERPAID_NON_CASH',
        message: 'A card (…4242) payment of 800 is more than the 700 that remained; only cash can be overpaid, as change.',
        paymentIndex: 1,
        excess: 100,
      },
    });
  });

  test('cash is counted last, so cash taken before a card still leaves the card its share', () => {
    expect(settle(1000, [cash(500), card(800)])).toMatchObject({ ok: true, value: { nonCash: 800, cashDue: 200, change: 300 } });
  });

  test('points worth more than the rest of the bill are refused, naming the payment that went over', () => {
    expect(settle(1000, [card(700), points(400)])).toMatchObject({ ok: false, error: { code: 'OVERPAID_NON_CASH', paymentIndex: 1, excess: 100 } });
    expect(settle(1000, [card(1000), points(1)])).toMatchObject({ ok: false, error: { code: 'OVERPAID_NON_CASH', paymentIndex: 1, excess: 1 } });
  });

  test('too little says how much is still due, in cash terms too', () => {
    expect(settle(1003, [card(500)], nickel)).toEqual({ ok: false, error: { code: 'NOT_ENOUGH', message: '503 is still due (505 in cash).', stillDue: 503, cashStillDue: 505 } });
    expect(settle(1000, [cash(600)])).toEqual({ ok: false, error: { code: 'NOT_ENOUGH', message: '400 is still due.', stillDue: 400, cashStillDue: 400 } });
    expect(settle(1000, [])).toMatchObject({ ok: false, error: { code: 'NOT_ENOUGH', stillDue: 1000 } });
  });

  test('cash rounding applies to the cash part only and is recorded, not put on the sale', () => {
    // 10.02 to pay, 5.00 by card: 5.02 is left, 5.00 in cash.
    expect(settle(1002, [card(500), cash(1000)], nickel)).toEqual({
      ok: true,
      value: { total: 1002, nonCash: 500, cashDue: 500, cashRounding: -2, cashTendered: 1000, change: 500 },
    });
    // 2 cents left after the card rounds to nothing in cash: a cash tender of nothing settles it.
    expect(settle(1002, [card(1000)], nickel)).toMatchObject({ ok: false, error: { code: 'NOT_ENOUGH', stillDue: 2, cashStillDue: 0 } });
    expect(settle(1002, [card(1000), cash(0)], nickel)).toMatchObject({ ok: true, value: { cashDue: 0, cashRounding: -2, change: 0 } });
  });

  test('a free sale settles with no payments; a negative or fractional total is refused', () => {
    expect(settle(0, [])).toMatchObject({ ok: true, value: { change: 0 } });
    expect(settle(-1, [])).toMatchObject({ ok: false, error: { code: 'INVALID_TOTAL' } });
    expect(settle(10.5, [])).toMatchObject({ ok: false, error: { code: 'INVALID_TOTAL' } });
  });

  test('the quick amounts offered are for the cash still due after the other payments', () => {
    expect(quickCashFor(3700, [card(1000)])).toEqual([2700, 3000, 4000, 5000]);
    expect(quickCashFor(1003, [card(1000)], nickel)).toEqual([5, 500, 1000, 2000]);
    expect(quickCashFor(1000, [card(1000)])).toEqual([]);
  });
});

describe('payments are checked where they enter', () => {
  test('a card payment needs four digits, an approval code and the terminal reference', () => {
    expect(paymentSchema.safeParse(card(100)).success).toBe(true);
    expect(paymentSchema.safeParse({ ...card(100), last4: '424' }).success).toBe(false);
    expect(paymentSchema.safeParse({ ...card(100), terminalRef: ' ' }).success).toBe(false);
    expect(paymentSchema.safeParse({ kind: 'mobile_money', amount: 100, provider: 'M-Pesa' }).success).toBe(false);
    expect(paymentSchema.safeParse({ kind: 'loyalty', points: 0, value: 100 }).success).toBe(false);
    expect(paymentSchema.safeParse({ kind: 'cheque', amount: 100 }).success).toBe(false);
  });
});

const seeded = { seed: 5_2026, numRuns: 300 };
const paymentArb: fc.Arbitrary<Payment> = fc.oneof(
  fc.integer({ min: 0, max: 20_000 }).map(cash),
  fc.integer({ min: 1, max: 20_000 }).map(card),
  fc.integer({ min: 1, max: 20_000 }).map(mobile),
  fc.integer({ min: 1, max: 20_000 }).map(points),
);
const nonCashOf = (payments: readonly Payment[]) => payments.filter((p) => p.kind !== 'cash').reduce((sum, p) => sum + paymentValue(p), 0);
/** A total and its payments; half the time the total sits within a few cents of what the non-cash payments cover, where the rules change. */
const caseArb = fc.array(paymentArb, { maxLength: 6 }).chain((payments) =>
  fc
    .oneof(
      fc.integer({ min: 0, max: 50_000 }),
      fc.integer({ min: -2, max: 2 }).map((delta) => Math.max(0, nonCashOf(payments) + delta)),
    )
    .map((total) => ({ total, payments })),
);
const roundingArb: fc.Arbitrary<CashRoundingRule | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.record({ increment: fc.constantFrom(1, 5, 10, 50), mode: fc.constantFrom('half-up' as const, 'half-even' as const) }),
);

describe('settling, over random split tenders', () => {
  test('money balances: what was taken less the change is the total plus the cash rounding', () => {
    fc.assert(
      fc.property(caseArb, roundingArb, ({ total, payments }, rounding) => {
        const outcome = settle(total, payments, rounding);
        if (!outcome.ok) return;
        const { nonCash, cashTendered, change, cashRounding } = outcome.value;
        expect(change).toBeGreaterThanOrEqual(0);
        expect(nonCash).toBeLessThanOrEqual(total);
        expect(nonCash + cashTendered - change).toBe(total + cashRounding);
        expect(Math.abs(cashRounding) * 2).toBeLessThanOrEqual(rounding?.increment ?? 1);
        if (!payments.some((p) => p.kind === 'cash')) expect(change + cashRounding).toBe(0);
      }),
      seeded,
    );
  });

  test('the order payments were entered in never changes the outcome, only which payment is named', () => {
    const paymentsAndShuffle = fc.array(paymentArb, { maxLength: 6 }).chain((ps) => fc.tuple(fc.constant(ps), fc.shuffledSubarray(ps, { minLength: ps.length, maxLength: ps.length })));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50_000 }), paymentsAndShuffle, roundingArb, (total, [payments, shuffled], rounding) => {
        const a = settle(total, payments, rounding);
        const b = settle(total, shuffled, rounding);
        if (a.ok || b.ok) expect(b).toEqual(a);
        else if (a.error.code === 'OVERPAID_NON_CASH') expect(b.error.code).toBe('OVERPAID_NON_CASH');
        else expect(b.error).toEqual(a.error);
      }),
      seeded,
    );
  });

  test('a non-cash overpayment is refused exactly when the non-cash payments exceed the total', () => {
    fc.assert(
      fc.property(caseArb, ({ total, payments }) => {
        const nonCash = nonCashOf(payments);
        const outcome = settle(total, payments);
        expect(!outcome.ok && outcome.error.code === 'OVERPAID_NON_CASH').toBe(nonCash > total);
        if (!outcome.ok && outcome.error.code === 'OVERPAID_NON_CASH') {
          // The payment named is the first that takes the non-cash payments past the total.
          const upTo = payments.slice(0, outcome.error.paymentIndex + 1).filter((p) => p.kind !== 'cash');
          const before = upTo.slice(0, -1).reduce((sum, p) => sum + paymentValue(p), 0);
          expect(before).toBeLessThanOrEqual(total);
          expect(outcome.error.excess).toBe(before + paymentValue(upTo.at(-1)!) - total);
          expect(payments[outcome.error.paymentIndex]!.kind).not.toBe('cash');
        }
      }),
      seeded,
    );
  });
});
