/**
 * An instant written with the till's own UTC offset ("2026-06-15T22:30:00-04:00"), as the domain
 * wants the time of an age check or a sale: its date part is the store's date, whatever UTC's
 * is. The till's clock and zone are the store's; no time-zone database is needed.
 */
export function localInstant(date: Date): string {
  const pad = (n: number, width = 2) => String(Math.trunc(Math.abs(n))).padStart(width, '0');
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return (
    `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${sign}${pad(offset / 60)}:${pad(offset % 60)}`
  );
}
