import { createStore, type StoreApi } from 'zustand/vanilla';
import type { z } from 'zod';
import { ApiError, NetworkError } from '../../sync-client/api-client';
import { callFile, callJson, noContent, type DownloadedFile, type FetchLike, type JsonRequest } from './office-http';
import { meSchema, sessionSchema, type Membership, type OfficeUser, type SessionBody } from './office-schemas';

/**
 * The back office's sign-in, in one place (docs/api.md, "Sign-up and sign-in").
 *
 * - The access token (15 minutes) lives only in memory: it is the one that opens every call, and
 *   memory is where a page reload or another origin's script cannot find it later.
 * - The refresh token is kept in localStorage so a reload does not sign the person out. Not
 *   IndexedDB: the till's IndexedDB database belongs to the till (its outbox, its pairing) and is
 *   changed only through versioned Dexie upgrades, and "reset this till" wipes it; a person's
 *   back-office sign-in is neither. localStorage is read synchronously at start, and its `storage`
 *   event tells other windows when someone signs out. Both are readable by script on this origin,
 *   so neither protects against XSS better than the other; what limits a stolen refresh token is
 *   the server's rotation with reuse detection.
 * - A call answered 401 TOKEN_EXPIRED refreshes once and is retried once. Refreshing is serialised
 *   across windows (Web Locks) and always spends the token found in storage at that moment, so two
 *   windows never spend the same token — which the server would take for theft (REFRESH_REUSED).
 * - REFRESH_REUSED / REFRESH_INVALID (or a token refused outright) end the session with a plain
 *   sentence for the sign-in screen. Signing out revokes the refresh token's family on the server.
 */

export const REFRESH_TOKEN_KEY = 'tillsafe.office.refreshToken';

export type OfficeState =
  | { status: 'restoring' }
  /** `resumable`: a sign-in is still stored but the server could not be reached to resume it. */
  | { status: 'signed-out'; notice: string | undefined; resumable: boolean }
  | { status: 'signed-in'; user: OfficeUser; memberships: Membership[] };

export interface TokenStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Runs `refresh` while no other window of this origin refreshes. */
export type RefreshLock = <T>(refresh: () => Promise<T>) => Promise<T>;

export interface OfficeSessionDeps {
  fetch: FetchLike;
  storage: TokenStorage;
  lock?: RefreshLock;
}

/** The session has ended (or there is none): the person must sign in; the state says why. */
export class SessionEndedError extends Error {
  readonly code = 'SESSION_ENDED';
  constructor(message: string) {
    super(message);
    this.name = 'SessionEndedError';
  }
}

export const SESSION_SENTENCES = {
  REFRESH_REUSED: 'For your safety you were signed out everywhere: this sign-in was also used from another place. Sign in again.',
  REFRESH_INVALID: 'Your sign-in has ended. Sign in again to continue.',
  UNAUTHORIZED: 'Your sign-in is no longer valid (the password may have been changed). Sign in again.',
  SIGNED_OUT_ELSEWHERE: 'You signed out in another window.',
  UNREACHABLE: 'The server cannot be reached, so your sign-in could not be resumed. Check the connection and try again.',
  LOGOUT_UNREACHABLE: 'You are signed out on this device. The server could not be reached to end the sign-in there; it ends by itself within 30 days.',
} as const;

export interface OfficeSession {
  store: StoreApi<OfficeState>;
  /** Resumes a stored sign-in once per page load (again after `retry`). */
  restore(): Promise<void>;
  signIn(email: string, password: string): Promise<void>;
  /** Takes a session the server answered (sign-up, accepting an invitation). */
  adopt(session: SessionBody): void;
  /** Takes a fresh session in place of the current one, which is ended on the server. */
  replaceWith(session: SessionBody): Promise<void>;
  /** An authenticated call: refreshes once on TOKEN_EXPIRED; ends the session when refused. */
  request<T>(path: string, schema: z.ZodType<T>, request?: Omit<JsonRequest, 'token'>): Promise<T>;
  /** An authenticated call answering a file (a document), with the same refresh rules. */
  download(path: string): Promise<DownloadedFile>;
  /** Re-reads the user's memberships (e.g. after a role change). */
  reloadMe(): Promise<void>;
  /** Revokes the sign-in on the server and forgets it here. */
  signOut(): Promise<void>;
  /** Another window signed out: forget the sign-in here too. */
  forget(notice: string): void;
  accessToken(): string | undefined;
}

export function createOfficeSession(deps: OfficeSessionDeps): OfficeSession {
  const { storage } = deps;
  const lock: RefreshLock = deps.lock ?? ((refresh) => refresh());
  const store = createStore<OfficeState>(() => ({ status: 'restoring' }));
  let accessToken: string | undefined;
  let refreshing: Promise<void> | undefined;
  let restoring: Promise<void> | undefined;

  function adopt(session: SessionBody): void {
    accessToken = session.accessToken;
    storage.setItem(REFRESH_TOKEN_KEY, session.refreshToken);
    store.setState({ status: 'signed-in', user: session.user, memberships: session.memberships }, true);
  }

  function end(notice: string | undefined): SessionEndedError {
    accessToken = undefined;
    storage.removeItem(REFRESH_TOKEN_KEY);
    store.setState({ status: 'signed-out', notice, resumable: false }, true);
    return new SessionEndedError(notice ?? 'Sign in to continue.');
  }

  /** One refresh at a time, in this window (shared promise) and across windows (the lock). */
  function refresh(): Promise<void> {
    refreshing ??= lock(async () => {
      const refreshToken = storage.getItem(REFRESH_TOKEN_KEY);
      if (!refreshToken) throw end(SESSION_SENTENCES.SIGNED_OUT_ELSEWHERE);
      try {
        adopt(await callJson(deps.fetch, '/api/v1/auth/refresh', sessionSchema, { body: { refreshToken } }));
      } catch (error) {
        if (error instanceof ApiError && error.code === 'REFRESH_REUSED') throw end(SESSION_SENTENCES.REFRESH_REUSED);
        if (error instanceof ApiError && error.status < 500) throw end(SESSION_SENTENCES.REFRESH_INVALID);
        throw error;
      }
    }).finally(() => {
      refreshing = undefined;
    });
    return refreshing;
  }

  function restore(): Promise<void> {
    restoring ??= (async () => {
      if (!storage.getItem(REFRESH_TOKEN_KEY)) {
        if (store.getState().status === 'restoring') store.setState({ status: 'signed-out', notice: undefined, resumable: false }, true);
        return;
      }
      try {
        await refresh();
      } catch (error) {
        if (error instanceof SessionEndedError) return;
        // Offline or a server in trouble: the stored sign-in is kept for the next try.
        restoring = undefined;
        store.setState({ status: 'signed-out', notice: error instanceof NetworkError ? SESSION_SENTENCES.UNREACHABLE : errorSentence(error), resumable: true }, true);
      }
    })();
    return restoring;
  }

  /** Runs an authenticated call; on TOKEN_EXPIRED refreshes and runs it exactly once more. */
  async function authorized<T>(call: (token: string | undefined) => Promise<T>): Promise<T> {
    if (store.getState().status === 'restoring') await restore();
    if (store.getState().status !== 'signed-in') throw new SessionEndedError('Sign in to continue.');
    if (accessToken === undefined) await refresh();
    const used = accessToken;
    try {
      return await call(used);
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 401) throw error;
      if (error.code === 'UNAUTHORIZED') throw end(SESSION_SENTENCES.UNAUTHORIZED);
      if (error.code !== 'TOKEN_EXPIRED') throw error;
    }
    // Expired: refresh unless another call already did, then try exactly once more.
    if (accessToken === used) await refresh();
    try {
      return await call(accessToken);
    } catch (error) {
      if (error instanceof ApiError && (error.code === 'UNAUTHORIZED' || error.code === 'TOKEN_EXPIRED')) throw end(SESSION_SENTENCES.UNAUTHORIZED);
      throw error;
    }
  }

  function request<T>(path: string, schema: z.ZodType<T>, init: Omit<JsonRequest, 'token'> = {}): Promise<T> {
    return authorized((token) => callJson(deps.fetch, path, schema, { ...init, token }));
  }

  return {
    store,
    restore,
    adopt,
    request,
    download: (path) => authorized((token) => callFile(deps.fetch, path, { token })),
    accessToken: () => accessToken,
    async signIn(email, password) {
      adopt(await callJson(deps.fetch, '/api/v1/auth/login', sessionSchema, { body: { email, password } }));
    },
    async replaceWith(session) {
      const previous = storage.getItem(REFRESH_TOKEN_KEY);
      adopt(session);
      if (!previous || previous === session.refreshToken) return;
      // Best effort: an old sign-in left open ends by itself when it expires.
      await callJson(deps.fetch, '/api/v1/auth/logout', noContent, { body: { refreshToken: previous } }).catch(() => undefined);
    },
    async reloadMe() {
      const me = await request('/api/v1/me', meSchema);
      store.setState({ status: 'signed-in', user: me.user, memberships: me.memberships }, true);
    },
    async signOut() {
      const refreshToken = storage.getItem(REFRESH_TOKEN_KEY);
      end(undefined);
      if (!refreshToken) return;
      try {
        await callJson(deps.fetch, '/api/v1/auth/logout', noContent, { body: { refreshToken } });
      } catch {
        store.setState({ status: 'signed-out', notice: SESSION_SENTENCES.LOGOUT_UNREACHABLE, resumable: false }, true);
      }
    },
    forget(notice) {
      if (store.getState().status !== 'signed-in') return;
      accessToken = undefined;
      store.setState({ status: 'signed-out', notice, resumable: false }, true);
    },
  };
}

function errorSentence(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
