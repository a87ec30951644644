/** "just now", "3 minutes ago", "yesterday": how long ago `then` was, in the till's language. */
export function relativeTime(then: Date, now: Date, locale?: string): string {
  const seconds = Math.round((now.getTime() - then.getTime()) / 1000);
  if (Math.abs(seconds) < 45) return 'just now';
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const minutes = Math.round(seconds / 60);
  if (Math.abs(minutes) < 60) return format.format(-minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 24) return format.format(-hours, 'hour');
  return format.format(-Math.round(hours / 24), 'day');
}
