import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { startIdleTimer, type TimerPort } from './idle-timer';

// Fake timers: the clock and the timeouts move only when the test says so.
const timers: TimerPort = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => {
    clearTimeout(handle as ReturnType<typeof setTimeout>);
  },
};

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-20T09:00:00.000Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

const THREE_MINUTES = 3 * 60_000;

test('the till goes idle after the idle period without activity, once', () => {
  const onIdle = vi.fn();
  startIdleTimer({ idleMs: THREE_MINUTES, onIdle, timers });
  vi.advanceTimersByTime(THREE_MINUTES - 1);
  expect(onIdle).not.toHaveBeenCalled();
  vi.advanceTimersByTime(1);
  expect(onIdle).toHaveBeenCalledTimes(1);
  vi.advanceTimersByTime(10 * THREE_MINUTES);
  expect(onIdle).toHaveBeenCalledTimes(1);
});

test('each touch, click or key starts the idle period again', () => {
  const onIdle = vi.fn();
  const timer = startIdleTimer({ idleMs: THREE_MINUTES, onIdle, timers });
  vi.advanceTimersByTime(2 * 60_000);
  timer.activity();
  vi.advanceTimersByTime(2 * 60_000);
  timer.activity();
  vi.advanceTimersByTime(THREE_MINUTES - 1);
  expect(onIdle).not.toHaveBeenCalled();
  vi.advanceTimersByTime(1);
  expect(onIdle).toHaveBeenCalledTimes(1);
});

test('activity schedules nothing: one timeout is pending however busy the till is', () => {
  const timer = startIdleTimer({ idleMs: THREE_MINUTES, onIdle: vi.fn(), timers });
  for (let i = 0; i < 1000; i++) timer.activity();
  expect(vi.getTimerCount()).toBe(1);
});

test('a stopped timer never fires', () => {
  const onIdle = vi.fn();
  const timer = startIdleTimer({ idleMs: THREE_MINUTES, onIdle, timers });
  timer.stop();
  vi.advanceTimersByTime(2 * THREE_MINUTES);
  expect(onIdle).not.toHaveBeenCalled();
  expect(vi.getTimerCount()).toBe(0);
});
