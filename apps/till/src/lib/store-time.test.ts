import { afterEach, expect, test, vi } from 'vitest';
import { storeTimestamp } from './store-time';

afterEach(() => {
  vi.restoreAllMocks();
});

test("an instant is written on the store's wall clock with its offset, and means the same instant", () => {
  const at = new Date('2026-11-20T23:30:05.123Z');
  vi.spyOn(at, 'getTimezoneOffset').mockReturnValue(300);
  expect(storeTimestamp(at)).toBe('2026-11-20T18:30:05.123-05:00');
  expect(Date.parse(storeTimestamp(at))).toBe(at.getTime());
});

test('zones east of UTC and half-hour offsets', () => {
  const at = new Date('2026-11-20T23:30:00.000Z');
  vi.spyOn(at, 'getTimezoneOffset').mockReturnValue(-330);
  expect(storeTimestamp(at)).toBe('2026-11-21T05:00:00.000+05:30');
  vi.spyOn(at, 'getTimezoneOffset').mockReturnValue(0);
  expect(storeTimestamp(at)).toBe('2026-11-20T23:30:00.000+00:00');
});
