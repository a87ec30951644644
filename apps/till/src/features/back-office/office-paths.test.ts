import { describe, expect, test } from 'vitest';
import { isOfficePath, tokenFromHash } from './office-paths';

describe('back-office paths', () => {
  test('the back office and its mailed links are office paths; the till’s screens are not', () => {
    for (const path of ['/admin', '/admin/sign-in', '/admin/org/x/tills', '/reset-password', '/accept-invitation']) expect(isOfficePath(path)).toBe(true);
    for (const path of ['/', '/sell', '/sign-in', '/pair', '/tabs/1', '/administration']) expect(isOfficePath(path)).toBe(false);
  });

  test('a mailed link’s token is read from the fragment, with or without the #', () => {
    expect(tokenFromHash('#token=iv_abc-123')).toBe('iv_abc-123');
    expect(tokenFromHash('token=pr_xyz')).toBe('pr_xyz');
    expect(tokenFromHash('')).toBeUndefined();
    expect(tokenFromHash('#token=')).toBeUndefined();
  });
});
