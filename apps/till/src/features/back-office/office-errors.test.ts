import { describe, expect, test } from 'vitest';
import { ApiError, NetworkError } from '../../sync-client/api-client';
import { officeErrorMessage } from './office-errors';

describe('what a person reads when a back-office call fails', () => {
  test('a wrong email or password says so without saying which', () => {
    expect(officeErrorMessage(new ApiError(401, 'INVALID_CREDENTIALS', 'x'))).toBe('That email and password do not match an account. Check both and try again.');
  });

  test('a locked sign-in names the minutes to wait, rounded up', () => {
    expect(officeErrorMessage(new ApiError(429, 'SIGN_IN_LOCKED', 'x', { retryAfterSeconds: 841 }))).toBe(
      'Too many failed sign-ins. For your safety, signing in is paused for 15 minutes. Try again then, or reset your password.',
    );
    expect(officeErrorMessage(new ApiError(429, 'SIGN_IN_LOCKED', 'x', { retryAfterSeconds: 20 }))).toContain('paused for 1 minute.');
    expect(officeErrorMessage(new ApiError(429, 'SIGN_IN_LOCKED', 'Try again in 3 minutes.', {}))).toBe('Try again in 3 minutes.');
  });

  test('a refused field is named in words', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', 'The request body is invalid.', { issues: [{ path: ['organisationName'], message: 'too short' }] });
    expect(officeErrorMessage(error)).toBe('Check the organisation name: too short.');
  });

  test('a refusal for a role names what is not allowed in words, not by its code', () => {
    expect(officeErrorMessage(new ApiError(403, 'FORBIDDEN', 'Your role here does not allow staff.manage in this channel. Ask an owner or manager.'))).toBe(
      'Your role here does not allow managing members. Ask an owner if you need it.',
    );
    expect(officeErrorMessage(new ApiError(403, 'FORBIDDEN', 'Your role here does not allow giving or changing the owner role.'))).toBe(
      'Your role here does not allow giving or changing the owner role.',
    );
  });

  test('the server’s own sentences pass through; no connection is said plainly', () => {
    expect(officeErrorMessage(new ApiError(409, 'LAST_OWNER', 'This is the organisation’s only owner. Make someone else an owner first.'))).toBe(
      'This is the organisation’s only owner. Make someone else an owner first.',
    );
    expect(officeErrorMessage(new NetworkError())).toMatch(/^The server cannot be reached\./);
  });
});
