import { expect, test } from 'vitest';
import { draftOf, readDiscount } from './discount-draft';

test('a typed percentage becomes basis points, an amount minor units, with its reason', () => {
  expect(readDiscount({ kind: 'percent', value: '12.5', reason: ' damaged label ' }, 2)).toEqual({ ok: true, discount: { kind: 'percent', bp: 1250, reason: 'damaged label' } });
  expect(readDiscount({ kind: 'percent', value: '15%', reason: '' }, 2)).toEqual({ ok: true, discount: { kind: 'percent', bp: 1500, reason: null } });
  expect(readDiscount({ kind: 'amount', value: '5', reason: '' }, 2)).toEqual({ ok: true, discount: { kind: 'amount', amount: 500, reason: null } });
  expect(readDiscount({ kind: 'none', value: '5', reason: 'x' }, 2)).toEqual({ ok: true, discount: null });
});

test('nothing usable is refused with a sentence', () => {
  for (const value of ['', '0', '101', '12.345', 'abc']) expect(readDiscount({ kind: 'percent', value, reason: '' }, 2)).toMatchObject({ ok: false });
  for (const value of ['', '0', '0.00', 'abc']) expect(readDiscount({ kind: 'amount', value, reason: '' }, 2)).toMatchObject({ ok: false });
});

test('an existing discount reads back as the draft that makes it', () => {
  for (const discount of [
    { kind: 'percent' as const, bp: 1250, reason: 'damaged' },
    { kind: 'amount' as const, amount: 499, reason: null },
  ]) {
    expect(readDiscount(draftOf(discount, 2), 2)).toEqual({ ok: true, discount });
  }
  expect(draftOf(null, 2)).toEqual({ kind: 'none', value: '', reason: '' });
});
