import { and, eq, isNull } from 'drizzle-orm';
import { uuidv7 } from '@tillsafe/sync';
import type { Db } from '../db/database';
import type { Tx } from '../db/tenant-scope';
import { refreshTokens } from '../db/identity-schema';
import { ApiError } from '../errors';
import { hashToken, newSecureToken } from './secure-token';

/** A sign-in stays refreshable for 30 days of inactivity. */
export const REFRESH_TOKEN_DAYS = 30;
const REFRESH_MS = REFRESH_TOKEN_DAYS * 24 * 60 * 60 * 1000;

/** Starts a new family (a fresh sign-in) or continues one (a rotation); returns the token. */
export async function issueRefreshToken(db: Db | Tx, userId: string, nowMs: number, familyId: string = uuidv7()): Promise<string> {
  const token = newSecureToken('rt');
  await db.insert(refreshTokens).values({
    id: uuidv7(),
    familyId,
    userId,
    tokenHash: hashToken(token),
    expiresAt: new Date(nowMs + REFRESH_MS),
    createdAt: new Date(nowMs),
  });
  return token;
}

/**
 * Rotates a refresh token: the presented one is spent and a new one of the same family returned.
 * A token presented a second time means two holders (one of them a thief): the whole family is
 * revoked and both must sign in again (RFC 6819 §5.2.2.3, OAuth 2.0 Security BCP §4.14).
 * Reuse is answered with an error value rather than thrown, so the revocation commits.
 */
export async function rotateRefreshToken(
  db: Db,
  token: string,
  nowMs: number,
): Promise<{ ok: true; userId: string; token: string } | { ok: false; error: ApiError; userId?: string }> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(refreshTokens).where(eq(refreshTokens.tokenHash, hashToken(token))).for('update');
    if (!row || row.revokedAt) return { ok: false, error: new ApiError('REFRESH_INVALID', 'This sign-in has ended. Sign in again.') };
    if (row.usedAt) {
      await revokeFamily(tx, row.familyId, nowMs);
      return {
        ok: false,
        userId: row.userId,
        error: new ApiError('REFRESH_REUSED', 'This sign-in was used from somewhere else, so it has been ended everywhere for safety. Sign in again.'),
      };
    }
    if (row.expiresAt.getTime() <= nowMs) return { ok: false, error: new ApiError('REFRESH_INVALID', 'This sign-in has expired. Sign in again.') };
    await tx.update(refreshTokens).set({ usedAt: new Date(nowMs) }).where(eq(refreshTokens.id, row.id));
    return { ok: true, userId: row.userId, token: await issueRefreshToken(tx, row.userId, nowMs, row.familyId) };
  });
}

/** Ends the sign-in the token belongs to (every token of its family); unknown tokens are ignored. */
export async function revokeRefreshToken(db: Db, token: string, nowMs: number): Promise<void> {
  const [row] = await db.select({ familyId: refreshTokens.familyId }).from(refreshTokens).where(eq(refreshTokens.tokenHash, hashToken(token)));
  if (row) await revokeFamily(db, row.familyId, nowMs);
}

/** Ends every sign-in of a user (after a password change or reset). */
export async function revokeAllForUser(db: Db | Tx, userId: string, nowMs: number): Promise<void> {
  await db
    .update(refreshTokens)
    .set({ revokedAt: new Date(nowMs) })
    .where(and(eq(refreshTokens.userId, userId), isNull(refreshTokens.revokedAt)));
}

async function revokeFamily(db: Db | Tx, familyId: string, nowMs: number): Promise<void> {
  await db
    .update(refreshTokens)
    .set({ revokedAt: new Date(nowMs) })
    .where(and(eq(refreshTokens.familyId, familyId), isNull(refreshTokens.revokedAt)));
}
