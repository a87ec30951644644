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

test('a burst of changes reaches each subscriber once, as the highest position, whatever the arrival order', () => {
  const fanout = createChangeFanout(100);
  const first: number[] = [];
  const second: number[] = [];
  fanout.subscribe(A, (pos) => first.push(pos));
  fanout.subscribe(A, (pos) => second.push(pos));
  for (const pos of [5, 9, 7, 8]) fanout.deliver(A, pos);
  expect(first).toEqual([]);
  vi.advanceTimersByTime(100);
  expect(first).toEqual([9]);
  expect(second).toEqual([9]);
  fanout.deliver(A, 12);
  vi.advanceTimersByTime(100);
  expect(first).toEqual([9, 12]);
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

test('after unsubscribing nothing more arrives, and an empty tenant is forgotten', () => {
  const fanout = createChangeFanout(100);
  const heard: number[] = [];
  const unsubscribe = fanout.subscribe(A, (pos) => heard.push(pos));
  fanout.deliver(A, 3);
  unsubscribe();
  vi.advanceTimersByTime(100);
  expect(heard).toEqual([]);
  expect(fanout.tenants()).toEqual([]);
  expect(vi.getTimerCount()).toBe(0);
});

test('a change payload round-trips; pings and garbage on the channel are not changes', () => {
  expect(decodeChangePayload(encodeChangePayload(A, 1234))).toEqual({ tenantId: A, pos: 1234 });
  expect(decodeChangePayload('ping:0b6c9d2e-1f5a-4c1e-9a77-3d1f0e2b4c55')).toBeUndefined();
  expect(decodeChangePayload(`${A}:-1`)).toBeUndefined();
  expect(decodeChangePayload('')).toBeUndefined();
});
