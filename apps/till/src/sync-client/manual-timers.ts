import type { SyncEnvironment } from './sync-environment';

/** A timer a fake environment was asked for; `run` fires it once, as if its time had come. */
export interface ManualTimer {
  ms: number;
  run: () => void;
  cancelled: boolean;
}

/** For tests' fake environments: timers that run only when the test says so. */
export function manualTimers() {
  const timers: ManualTimer[] = [];
  const setTimer: SyncEnvironment['setTimer'] = (callback, ms) => {
    const timer: ManualTimer = {
      ms,
      run: () => {
        timer.cancelled = true;
        callback();
      },
      cancelled: false,
    };
    timers.push(timer);
    return () => {
      timer.cancelled = true;
    };
  };
  const live = () => timers.filter((t) => !t.cancelled);
  return { setTimer, live };
}
