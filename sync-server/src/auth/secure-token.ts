import { createHash, randomBytes } from 'node:crypto';

/**
 * Opaque bearer secrets (device tokens, refresh tokens, reset tokens): 32 random bytes with a
 * prefix that says what they are; the server keeps only their SHA-256.
 */
export function newSecureToken(prefix: 'dt' | 'rt' | 'pr' | 'iv'): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
