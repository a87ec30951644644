import { describe, expect, test } from 'vitest';
import { formatBytes, formatCountdown, initials, scopeLabel } from './office-format';

describe('back-office wording', () => {
  test('a pairing code’s countdown shows minutes and seconds and stops at 0:00', () => {
    expect(formatCountdown(600_000)).toBe('10:00');
    expect(formatCountdown(59_001)).toBe('1:00');
    expect(formatCountdown(5_000)).toBe('0:05');
    expect(formatCountdown(-3_000)).toBe('0:00');
  });

  test('a role for every channel reads "All channels"; a channel by its name', () => {
    const channels = [{ id: 'c1', name: 'Corner Cellar', kind: 'store' as const, currency: 'USD', warehouses: [] }];
    expect(scopeLabel(null, channels)).toBe('All channels');
    expect(scopeLabel('c1', channels)).toBe('Corner Cellar');
  });

  test('initials come from the first and last names', () => {
    expect(initials('Olivia Park')).toBe('OP');
    expect(initials('  madonna ')).toBe('M');
    expect(initials('Ana María de la Cruz')).toBe('AC');
  });

  test('a document’s size reads in bytes, KB or MB', () => {
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(812)).toBe('812 bytes');
    expect(formatBytes(1024)).toBe('1 KB');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(48 * 1024 + 100)).toBe('48 KB');
    expect(formatBytes(10 * 1024 * 1024)).toBe('10 MB');
    expect(formatBytes(3.44 * 1024 * 1024)).toBe('3.4 MB');
  });
});
