import { describe, expect, test } from 'vitest';
import { formatCountdown, initials, scopeLabel } from './office-format';

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
});
