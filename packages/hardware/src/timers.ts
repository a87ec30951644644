/**
 * Time as ports, so the queue's backoff and the transports' timeouts run on a fake clock in tests
 * and on the browser's in the till.
 */
export interface Clock {
  now(): number;
}

export interface Timer {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = { now: () => Date.now() };

export const systemTimer: Timer = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => {
    globalThis.clearTimeout(handle as Parameters<typeof globalThis.clearTimeout>[0]);
  },
};

export const TIMED_OUT = Symbol('timed out');

/** The promise's value, or TIMED_OUT if it does not settle within ms. */
export function withTimeout<T>(promise: Promise<T>, ms: number, timer: Timer): Promise<T | typeof TIMED_OUT> {
  return new Promise((resolve, reject) => {
    const handle = timer.setTimeout(() => {
      resolve(TIMED_OUT);
    }, ms);
    promise.then(
      (value) => {
        timer.clearTimeout(handle);
        resolve(value);
      },
      (error: unknown) => {
        timer.clearTimeout(handle);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
