import { expect, test } from 'vitest';
import { relativeTime } from './relative-time';

const now = new Date('2026-11-20T10:00:00.000Z');
const ago = (ms: number) => new Date(now.getTime() - ms);

test('the last sync reads as how long ago it was', () => {
  expect(relativeTime(ago(10_000), now, 'en')).toBe('just now');
  expect(relativeTime(ago(60_000), now, 'en')).toBe('1 minute ago');
  expect(relativeTime(ago(42 * 60_000), now, 'en')).toBe('42 minutes ago');
  expect(relativeTime(ago(3 * 3_600_000), now, 'en')).toBe('3 hours ago');
  expect(relativeTime(ago(26 * 3_600_000), now, 'en')).toBe('yesterday');
  expect(relativeTime(ago(5 * 86_400_000), now, 'en')).toBe('5 days ago');
});
