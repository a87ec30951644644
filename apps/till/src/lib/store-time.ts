/**
 * An instant written with the till's own UTC offset, e.g. "2026-11-20T18:00:00.000-05:00": the
 * store's wall clock, which pricing (happy hours, validity windows) and age checks read from the
 * timestamp itself. The till stands in the store, so its zone is the store's.
 */
export function storeTimestamp(date: Date): string {
  const offsetMinutes = -date.getTimezoneOffset();
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  const local = new Date(date.getTime() + offsetMinutes * 60_000).toISOString().slice(0, -1);
  return `${local}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

const pad = (n: number) => String(n).padStart(2, '0');
