import { useEffect, useState } from 'react';
import { storeTimestamp } from './store-time';

/**
 * The store's time (lib/store-time.ts) at the start of the current minute, moving on every minute:
 * what the sell screen prices at, so a happy hour that starts while a cart is open shows at once.
 */
export function useStoreTime(): string {
  const [at, setAt] = useState(() => minuteOf(new Date()));
  useEffect(() => {
    const timer = window.setInterval(() => {
      setAt(minuteOf(new Date()));
    }, 1_000);
    return () => {
      window.clearInterval(timer);
    };
  }, []);
  return at;
}

function minuteOf(date: Date): string {
  const start = new Date(date);
  start.setSeconds(0, 0);
  return storeTimestamp(start);
}
