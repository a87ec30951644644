import { sign, verify } from 'hono/jwt';
import { z } from 'zod';
import { ApiError } from '../errors';

/** Access tokens live for 15 minutes; the refresh token gets a new one. */
export const ACCESS_TOKEN_SECONDS = 15 * 60;

const claimsSchema = z.object({ sub: z.uuid(), typ: z.literal('access'), iat: z.int(), exp: z.int() });
export type AccessClaims = z.infer<typeof claimsSchema>;

export function signAccessToken(userId: string, nowMs: number, key: string): Promise<string> {
  const iat = Math.floor(nowMs / 1000);
  return sign({ sub: userId, typ: 'access', iat, exp: iat + ACCESS_TOKEN_SECONDS }, key, 'HS256');
}

/** Checks the signature, then the expiry against the server's clock (not the library's). */
export async function verifyAccessToken(token: string, nowMs: number, key: string): Promise<AccessClaims> {
  let payload: unknown;
  try {
    payload = await verify(token, key, { alg: 'HS256', exp: false, iat: false, nbf: false });
  } catch {
    throw new ApiError('UNAUTHORIZED', 'This sign-in is not valid. Sign in again.');
  }
  const claims = claimsSchema.safeParse(payload);
  if (!claims.success) throw new ApiError('UNAUTHORIZED', 'This sign-in is not valid. Sign in again.');
  if (claims.data.exp * 1000 <= nowMs) throw new ApiError('TOKEN_EXPIRED', 'This sign-in has expired; refresh it or sign in again.');
  return claims.data;
}
