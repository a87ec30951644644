import { useEffect, useState } from 'react';

/** Milliseconds left until `deadline`, updated every second while it runs. */
export function useCountdown(deadline: string | undefined): number {
  const target = deadline === undefined ? undefined : Date.parse(deadline);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (target === undefined) return;
    setNow(Date.now());
    const timer = window.setInterval(() => {
      setNow(Date.now());
    }, 1000);
    return () => {
      window.clearInterval(timer);
    };
  }, [target]);
  return target === undefined ? 0 : Math.max(0, target - now);
}
