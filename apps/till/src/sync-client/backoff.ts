export const RETRY_BASE_MS = 1_000;
export const RETRY_MAX_MS = 60_000;

/**
 * Exponential backoff with "equal jitter" (AWS Architecture Blog, "Exponential Backoff and
 * Jitter", 2015): half the ceiling fixed, half random, so tills coming back from the same outage
 * do not retry in lockstep. 1 s for the first retry, never more than 60 s.
 */
export function retryDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** attempt);
  return Math.max(RETRY_BASE_MS, Math.round(ceiling / 2 + (random() * ceiling) / 2));
}
