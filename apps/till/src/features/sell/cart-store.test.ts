import { expect, test } from 'vitest';
import { createCartStore } from './cart-store';

test('adding the same pack again raises its quantity; another pack is its own line', () => {
  const cart = createCartStore();
  cart.getState().add('p1', 'bottle');
  cart.getState().add('p1', 'bottle');
  cart.getState().add('p1', 'six-pack');
  expect(cart.getState().lines).toEqual([
    { productId: 'p1', packId: 'bottle', qty: 2 },
    { productId: 'p1', packId: 'six-pack', qty: 1 },
  ]);
});

test('quantity never drops below one; remove and clear take lines away', () => {
  const cart = createCartStore();
  cart.getState().add('p1', 'bottle');
  cart.getState().decrement('bottle');
  expect(cart.getState().lines[0]?.qty).toBe(1);
  cart.getState().increment('bottle');
  expect(cart.getState().lines[0]?.qty).toBe(2);
  cart.getState().add('p2', 'can');
  cart.getState().remove('bottle');
  expect(cart.getState().lines.map((l) => l.packId)).toEqual(['can']);
  cart.getState().clear();
  expect(cart.getState().lines).toEqual([]);
});
