import { createHash, randomBytes } from 'node:crypto';

/** A device token is 32 random bytes; the server keeps only its SHA-256. */
export function newDeviceToken(): string {
  return `dt_${randomBytes(32).toString('base64url')}`;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
