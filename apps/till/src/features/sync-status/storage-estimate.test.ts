import { expect, test } from 'vitest';
import { formatBytes, summarizeStorage } from './storage-estimate';

const MB = 1024 * 1024;

test('usage above 80% of the quota is storage pressure; at 80% it is not yet', () => {
  expect(summarizeStorage({ usage: 81 * MB, quota: 100 * MB, persisted: true })).toMatchObject({ ratio: 0.81, pressure: true });
  expect(summarizeStorage({ usage: 80 * MB, quota: 100 * MB, persisted: false })).toMatchObject({ ratio: 0.8, pressure: false });
});

test('a browser that does not report usage or quota shows no ratio and no warning', () => {
  expect(summarizeStorage({ usage: undefined, quota: 100 * MB, persisted: undefined })).toMatchObject({ ratio: undefined, pressure: false });
  expect(summarizeStorage({ usage: 5, quota: 0, persisted: undefined })).toMatchObject({ ratio: undefined, pressure: false });
});

test('sizes read the way browsers count them', () => {
  expect(formatBytes(512)).toBe('512 bytes');
  expect(formatBytes(1536)).toBe('1.5 KB');
  expect(formatBytes(3.25 * MB)).toBe('3.3 MB');
  expect(formatBytes(120 * 1024 * MB)).toBe('120 GB');
});
