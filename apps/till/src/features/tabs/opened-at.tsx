import { useEffect, useState } from 'react';

const MINUTE = 60_000;

/** The current time, re-rendering once a minute: enough for "open 35 min". */
function useMinuteClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => {
      setNow(Date.now());
    }, MINUTE);
    return () => {
      window.clearInterval(timer);
    };
  }, []);
  return now;
}

/** "1 h 05 min", "12 min", "just now". */
export function formatDuration(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / MINUTE));
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${(minutes % 60).toString().padStart(2, '0')} min`;
}

/** When a tab was opened and how long it has been running: "20:14 · 35 min". */
export function OpenedAt({ iso, locale }: { iso: string; locale: string }) {
  const now = useMinuteClock();
  const at = new Date(iso);
  const time = at.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
  return (
    <time dateTime={iso} title={at.toLocaleString(locale)}>
      {time} · {formatDuration(now - at.getTime())}
    </time>
  );
}
