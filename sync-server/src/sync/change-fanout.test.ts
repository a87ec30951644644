import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { createChangeFanout } from './change-fanout';
import { decodeChangePayload, encodeChangePayload } from './change-notifier';

const A = '01935f00-0000-7000-8000-00000000000a';
const B = '01935f00-0000-7000-8000-00000000000b';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

test('a change to a quiet tenant reaches every subscriber at once, without waiting for a window', () => {
  const fanout = createChangeFanout(100);
  const first: number[] = [];
  const second: number[] = [];
  fanout.subscribe(A, (pos) => first.push(pos));
  fanout.subscribe(A, (pos) => second.push(pos));
  fanout.deliver(A, 5);
  expect(first).toEqual([5]);
  expect(second).toEqual([5]);
  // Quiet for a whole window: the next change goes at once too.
  vi.advanceTimersByTime(100);
  fanout.deliver(A, 6);
  expect(first).toEqual([5, 6]);
});

test('what follows the first change within the window reaches each subscriber once, as the highest position, whatever the arrival order', () => {
  const fanout = createChangeFanout(100);
  const first: number[] = [];
  const second: number[] = [];
  fanout.subscribe(A, (pos) => first.push(pos));
  fanout.subscribe(A, (pos) => second.push(pos));
  for (const pos of [5, 9, 7, 8, 11, 10]) fanout.deliver(A, pos);
  expect(first).toEqual([5]);
  vi.advanceTimersByTime(99);
  expect(first).toEqual([5]);
  vi.advanceTimersByTime(1);
  expect(first).toEqual([5, 11]);
  expect(second).toEqual([5, 11]);
  vi.advanceTimersByTime(1_000);
  expect(first).toEqual([5, 11]);
});

test('a steady stream of changes is one poke per window, not one per change', () => {
  const fanout = createChangeFanout(100);
  const heard: number[] = [];
  fanout.subscribe(A, (pos) => heard.push(pos));
  // A change every 10 ms for half a second.
  for (let pos = 1; pos <= 50; pos++) {
    fanout.deliver(A, pos);
    vi.advanceTimersByTime(10);
  }
  vi.advanceTimersByTime(1_000);
  expect(heard.length).toBeLessThanOrEqual(7);
  expect(heard[0]).toBe(1);
  expect(heard.at(-1)).toBe(50);
  expect(heard).toEqual([...heard].sort((x, y) => x - y));
});

test('a position never goes backwards: one overtaken by a later one is dropped, in the window or after it', () => {
  const fanout = createChangeFanout(100);
  const heard: number[] = [];
  fanout.subscribe(A, (pos) => heard.push(pos));
  fanout.deliver(A, 9);
  fanout.deliver(A, 7);
  vi.advanceTimersByTime(100);
  expect(heard).toEqual([9]);
  fanout.deliver(A, 8);
  fanout.deliver(A, 9);
  vi.advanceTimersByTime(100);
  expect(heard).toEqual([9]);
  fanout.deliver(A, 10);
  expect(heard).toEqual([9, 10]);
});

test('a tenant hears only its own changes; tenants nobody here listens to are dropped', () => {
  const fanout = createChangeFanout(100);
  const heard: number[] = [];
  fanout.subscribe(A, (pos) => heard.push(pos));
  fanout.deliver(B, 40);
  vi.advanceTimersByTime(100);
  expect(heard).toEqual([]);
  expect(fanout.tenants()).toEqual([A]);
});

test('after unsubscribing nothing more arrives, and an empty tenant is forgotten with its window', () => {
  const fanout = createChangeFanout(100);
  const heard: number[] = [];
  const unsubscribe = fanout.subscribe(A, (pos) => heard.push(pos));
  fanout.deliver(A, 3);
  fanout.deliver(A, 4);
  unsubscribe();
  vi.advanceTimersByTime(100);
  expect(heard).toEqual([3]);
  expect(fanout.tenants()).toEqual([]);
  expect(vi.getTimerCount()).toBe(0);
});

test('a change payload round-trips; pings and garbage on the channel are not changes', () => {
  expect(decodeChangePayload(encodeChangePayload(A, 1234))).toEqual({ tenantId: A, pos: 1234 });
  expect(decodeChangePayload('ping:0b6c9d2e-1f5a-4c1e-9a77-3d1f0e2b4c55')).toBeUndefined();
  expect(decodeChangePayload(`${A}:-1`)).toBeUndefined();
  expect(decodeChangePayload('')).toBeUndefined();
});
