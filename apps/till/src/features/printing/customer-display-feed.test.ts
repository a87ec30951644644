import { expect, test } from 'vitest';
import { createDisplayFeed } from './customer-display-feed';

const usd = { currency: 'USD', locale: 'en-US' };

test('while selling the display shows the last line and the total, 20 columns each', () => {
  const feed = createDisplayFeed();
  const lines = feed.next({ kind: 'selling', line: { name: 'Harbour Lager 330ml', qty: 2, lineTotal: 500 }, total: 2598 }, usd);
  expect(lines?.top).toHaveLength(20);
  expect(lines?.top.endsWith('$5.00')).toBe(true);
  expect(lines?.bottom).toMatch(/^TOTAL\s+\$25\.98$/);
});

test('the change stays up when the emptied cart goes idle, and the next item replaces it', () => {
  const feed = createDisplayFeed();
  expect(feed.next({ kind: 'sale-done', total: 2598, change: 402 }, usd)?.bottom).toMatch(/^CHANGE\s+\$4\.02$/);
  expect(feed.next({ kind: 'idle', storeName: 'Corner Cellar' }, usd)).toBeNull();
  expect(feed.next({ kind: 'selling', line: { name: 'Tonic', qty: 1, lineTotal: 150 }, total: 150 }, usd)?.top).toMatch(/^Tonic/);
  expect(feed.next({ kind: 'idle', storeName: 'Corner Cellar' }, usd)?.bottom.trim()).toBe('Corner Cellar');
});
