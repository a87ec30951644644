/**
 * Fires `onIdle` once after `idleMs` without activity. Activity only moves a timestamp (it comes
 * with every key and touch, so it must be cheap); the one pending timeout checks on firing how long
 * it has really been and waits out the rest.
 */
export interface TimerPort {
  now: () => number;
  setTimeout: (run: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

export const browserTimers: TimerPort = {
  now: () => Date.now(),
  setTimeout: (run, ms) => window.setTimeout(run, ms),
  clearTimeout: (handle) => {
    window.clearTimeout(handle as number);
  },
};

export interface IdleTimer {
  /** A touch, click or key: the idle period starts again. */
  activity: () => void;
  stop: () => void;
}

export function startIdleTimer(options: { idleMs: number; onIdle: () => void; timers?: TimerPort }): IdleTimer {
  const { idleMs, onIdle, timers = browserTimers } = options;
  let lastActivity = timers.now();
  let handle: unknown;
  let done = false;

  const wait = (ms: number) => {
    handle = timers.setTimeout(check, ms);
  };
  function check() {
    if (done) return;
    const idleFor = timers.now() - lastActivity;
    if (idleFor < idleMs) {
      wait(idleMs - idleFor);
      return;
    }
    done = true;
    onIdle();
  }
  wait(idleMs);

  return {
    activity() {
      lastActivity = timers.now();
    },
    stop() {
      done = true;
      timers.clearTimeout(handle);
    },
  };
}
