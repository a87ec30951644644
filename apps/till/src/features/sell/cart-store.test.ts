import { expect, test } from 'vitest';
import { createCartStore } from './cart-store';

function cart() {
  let n = 0;
  return createCartStore(() => `line-${++n}`);
}

test('adding the same pack again raises its quantity; another pack is its own line, keyed by a line id', () => {
  const store = cart();
  expect(store.getState().add('p1', 'bottle')).toBe('line-1');
  expect(store.getState().add('p1', 'bottle')).toBe('line-1');
  expect(store.getState().add('p1', 'six-pack', 2)).toBe('line-2');
  expect(store.getState().lines).toEqual([
    { lineId: 'line-1', productId: 'p1', packId: 'bottle', qty: 2, notes: '', manualDiscount: null },
    { lineId: 'line-2', productId: 'p1', packId: 'six-pack', qty: 2, notes: '', manualDiscount: null },
  ]);
});

test('a line with a note or a discount stays apart: the next bottle gets a line of its own', () => {
  const store = cart();
  const wrapped = store.getState().add('p1', 'bottle');
  store.getState().setNotes(wrapped, '  gift wrap  ');
  expect(store.getState().add('p1', 'bottle')).not.toBe(wrapped);
  expect(store.getState().lines.map((l) => [l.notes, l.qty])).toEqual([
    ['gift wrap', 1],
    ['', 1],
  ]);
});

test('quantity stays between one and the most a line may hold', () => {
  const store = cart();
  const line = store.getState().add('p1', 'bottle');
  store.getState().decrement(line);
  expect(store.getState().lines[0]?.qty).toBe(1);
  store.getState().increment(line);
  expect(store.getState().lines[0]?.qty).toBe(2);
  store.getState().setQty(line, 0);
  expect(store.getState().lines[0]?.qty).toBe(1);
  store.getState().setQty(line, 50_000);
  expect(store.getState().lines[0]?.qty).toBe(10_000);
});

test('a removed line comes back where it was with Undo, once', () => {
  const store = cart();
  const [a, b, c] = [store.getState().add('p1', 'x'), store.getState().add('p2', 'y'), store.getState().add('p3', 'z')];
  store.getState().setNotes(b, 'no ice');
  store.getState().remove(b);
  expect(store.getState().lines.map((l) => l.lineId)).toEqual([a, c]);
  expect(store.getState().removed?.line.notes).toBe('no ice');
  expect(store.getState().undoRemove()).toBe(true);
  expect(store.getState().lines.map((l) => l.lineId)).toEqual([a, b, c]);
  expect(store.getState().undoRemove()).toBe(false);
  store.getState().remove(c);
  store.getState().forgetRemoved();
  expect(store.getState().undoRemove()).toBe(false);
});

test("a manager's approval covers the discounts as they were: changing one asks again", () => {
  const store = cart();
  const line = store.getState().add('p1', 'bottle');
  store.getState().setLineDiscount(line, { kind: 'percent', bp: 2000, reason: null });
  store.getState().setApprover('manager-1');
  expect(store.getState().approverId).toBe('manager-1');
  store.getState().increment(line);
  expect(store.getState().approverId).toBe('manager-1');
  store.getState().setCartDiscount({ kind: 'amount', amount: 100, reason: 'loyal customer' });
  expect(store.getState().approverId).toBeNull();
  store.getState().setApprover('manager-1');
  store.getState().setLineDiscount(line, null);
  expect(store.getState().approverId).toBeNull();
});

test('clear empties everything for the next sale: lines, discounts, approval, customer and the Undo', () => {
  const store = cart();
  const line = store.getState().add('p1', 'bottle');
  store.getState().add('p2', 'can');
  store.getState().setCustomer('customer-1');
  store.getState().setCartDiscount({ kind: 'percent', bp: 500, reason: null });
  store.getState().setApprover('manager-1');
  store.getState().remove(line);
  store.getState().clear();
  expect(store.getState()).toMatchObject({ lines: [], cartDiscount: null, approverId: null, customerId: null, removed: null });
});

test('a parked sale restored into the cart replaces it, with new line ids and no approval', () => {
  const store = cart();
  store.getState().add('p9', 'bottle');
  store.getState().setApprover('manager-1');
  const discount = { kind: 'percent' as const, bp: 500, reason: null };
  store.getState().restore({
    lines: [{ lineId: 'parked-1', productId: 'p1', packId: 'bottle', qty: 3, notes: 'cold', manualDiscount: discount }],
    cartDiscount: { kind: 'amount', amount: 100, reason: null },
    customerId: 'customer-1',
    id: 'draft-1',
    label: 'Table 4',
  });
  expect(store.getState()).toMatchObject({
    lines: [{ lineId: 'line-2', productId: 'p1', packId: 'bottle', qty: 3, notes: 'cold', manualDiscount: discount }],
    cartDiscount: { kind: 'amount', amount: 100, reason: null },
    customerId: 'customer-1',
    approverId: null,
    removed: null,
    resumedFrom: { draftId: 'draft-1', label: 'Table 4' },
  });
  // The next sale is not the parked one any more.
  store.getState().clear();
  expect(store.getState().resumedFrom).toBeNull();
});
