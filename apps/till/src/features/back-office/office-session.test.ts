import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { NetworkError } from '../../sync-client/api-client';
import { createOfficeSession, REFRESH_TOKEN_KEY, SESSION_SENTENCES, SessionEndedError, type RefreshLock, type TokenStorage } from './office-session';

/**
 * A stand-in for the server's auth routes, enough to exercise the session's rules: refresh tokens
 * rotate and a spent one revokes its family (REFRESH_REUSED), access tokens can be expired at will.
 */
function fakeServer() {
  let issued = 0;
  const live = new Set<string>();
  const spent = new Set<string>();
  const expired = new Set<string>();
  const calls: { path: string; token: string | undefined; body: unknown }[] = [];
  let offline = false;

  const session = () => {
    issued += 1;
    const refreshToken = `rt-${issued}`;
    live.add(refreshToken);
    return {
      accessToken: `at-${issued}`,
      refreshToken,
      expiresIn: 900,
      user: { id: 'u1', email: 'owner@shop.example', name: 'Olivia Park', platformAdmin: false },
      memberships: [{ organisationId: 'o1', organisationName: 'Shop', approval: 'approved', channelId: null, role: 'owner' }],
    };
  };
  const json = (status: number, body?: unknown) => new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  const fail = (status: number, code: string, message: string) => json(status, { error: { code, message } });

  const fetch = (path: string, init: RequestInit): Promise<Response> => {
    if (offline) return Promise.reject(new TypeError('Failed to fetch'));
    const token = /^Bearer (.+)$/.exec(new Headers(init.headers).get('authorization') ?? '')?.[1];
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as Record<string, string>) : {};
    calls.push({ path, token, body });
    if (path === '/api/v1/auth/login') {
      return Promise.resolve(body.password === 'right password' ? json(200, session()) : fail(401, 'INVALID_CREDENTIALS', 'That email and password do not match an account.'));
    }
    if (path === '/api/v1/auth/refresh') {
      const presented = body.refreshToken ?? '';
      if (spent.has(presented)) {
        live.clear();
        return Promise.resolve(fail(401, 'REFRESH_REUSED', 'This sign-in was used from somewhere else.'));
      }
      if (!live.has(presented)) return Promise.resolve(fail(401, 'REFRESH_INVALID', 'This sign-in has ended.'));
      live.delete(presented);
      spent.add(presented);
      return Promise.resolve(json(200, session()));
    }
    if (path === '/api/v1/auth/logout') {
      live.delete(body.refreshToken ?? '');
      return Promise.resolve(json(204));
    }
    // Any other path is a protected call answering who asked.
    if (!token) return Promise.resolve(fail(401, 'UNAUTHORIZED', 'Sign in first.'));
    if (expired.has(token)) return Promise.resolve(fail(401, 'TOKEN_EXPIRED', 'This sign-in has expired.'));
    return Promise.resolve(json(200, { token }));
  };
  return {
    fetch,
    calls,
    live,
    expire: (accessToken: string) => expired.add(accessToken),
    /** Expires every access token issued so far. */
    expireAll: () => {
      for (let i = 1; i <= issued; i += 1) expired.add(`at-${i}`);
    },
    /** From now on every access token, even a fresh one, is refused as expired. */
    expireEverything: () => {
      for (let i = 1; i <= issued + 10; i += 1) expired.add(`at-${i}`);
    },
    setOffline: (value: boolean) => {
      offline = value;
    },
    refreshCalls: () => calls.filter((c) => c.path === '/api/v1/auth/refresh'),
  };
}

function memoryStorage(initial: Record<string, string> = {}): TokenStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      data.set(key, value);
    },
    removeItem: (key) => {
      data.delete(key);
    },
  };
}

const whoAsked = z.object({ token: z.string() });

describe('the back-office session', () => {
  test('signing in keeps the access token in memory only and the refresh token in storage', async () => {
    const server = fakeServer();
    const storage = memoryStorage();
    const session = createOfficeSession({ fetch: server.fetch, storage });
    await session.signIn('owner@shop.example', 'right password');
    expect(session.store.getState()).toMatchObject({ status: 'signed-in', user: { name: 'Olivia Park' }, memberships: [{ organisationId: 'o1' }] });
    expect([...storage.data.entries()]).toEqual([[REFRESH_TOKEN_KEY, 'rt-1']]);
    expect(await session.request('/api/v1/organisations/o1/devices', whoAsked)).toEqual({ token: 'at-1' });
  });

  test('a wrong password leaves nothing stored and the person signed out', async () => {
    const server = fakeServer();
    const storage = memoryStorage();
    const session = createOfficeSession({ fetch: server.fetch, storage });
    await session.restore();
    await expect(session.signIn('owner@shop.example', 'wrong')).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });
    expect(storage.data.size).toBe(0);
    expect(session.store.getState()).toEqual({ status: 'signed-out', notice: undefined, resumable: false });
  });

  test('a reload resumes from the stored refresh token, spending it for a new one; with none stored it asks nothing', async () => {
    const server = fakeServer();
    const first = createOfficeSession({ fetch: server.fetch, storage: memoryStorage() });
    await first.signIn('owner@shop.example', 'right password');
    const storage = memoryStorage({ [REFRESH_TOKEN_KEY]: 'rt-1' });
    const reloaded = createOfficeSession({ fetch: server.fetch, storage });
    await reloaded.restore();
    expect(reloaded.store.getState()).toMatchObject({ status: 'signed-in' });
    expect(storage.data.get(REFRESH_TOKEN_KEY)).toBe('rt-2');
    expect(await reloaded.request('/x', whoAsked)).toEqual({ token: 'at-2' });

    const before = server.calls.length;
    const empty = createOfficeSession({ fetch: server.fetch, storage: memoryStorage() });
    await empty.restore();
    expect(empty.store.getState()).toEqual({ status: 'signed-out', notice: undefined, resumable: false });
    expect(server.calls.length).toBe(before);
  });

  test('an expired access token is refreshed once and the call retried; the new refresh token replaces the old', async () => {
    const server = fakeServer();
    const storage = memoryStorage();
    const session = createOfficeSession({ fetch: server.fetch, storage });
    await session.signIn('owner@shop.example', 'right password');
    server.expire('at-1');
    expect(await session.request('/x', whoAsked)).toEqual({ token: 'at-2' });
    expect(server.refreshCalls().map((c) => c.body)).toEqual([{ refreshToken: 'rt-1' }]);
    expect(storage.data.get(REFRESH_TOKEN_KEY)).toBe('rt-2');
  });

  test('a document download with an expired access token is refreshed once and retried, like any call', async () => {
    const server = fakeServer();
    const session = createOfficeSession({ fetch: server.fetch, storage: memoryStorage() });
    await session.signIn('owner@shop.example', 'right password');
    server.expire('at-1');
    const file = await session.download('/api/v1/organisations/o1/documents/d1');
    expect(JSON.parse(await file.blob.text())).toEqual({ token: 'at-2' });
    expect(server.refreshCalls()).toHaveLength(1);
  });

  test('calls that expire together share one refresh, so no refresh token is spent twice', async () => {
    const server = fakeServer();
    const session = createOfficeSession({ fetch: server.fetch, storage: memoryStorage() });
    await session.signIn('owner@shop.example', 'right password');
    server.expire('at-1');
    const answers = await Promise.all([session.request('/a', whoAsked), session.request('/b', whoAsked), session.request('/c', whoAsked)]);
    expect(answers).toEqual([{ token: 'at-2' }, { token: 'at-2' }, { token: 'at-2' }]);
    expect(server.refreshCalls()).toHaveLength(1);
    expect(session.store.getState().status).toBe('signed-in');
  });

  test('a token still refused after one refresh is not retried in a loop: the session ends with a sentence', async () => {
    const server = fakeServer();
    const storage = memoryStorage();
    const session = createOfficeSession({ fetch: server.fetch, storage });
    await session.signIn('owner@shop.example', 'right password');
    server.expireEverything();
    await expect(session.request('/x', whoAsked)).rejects.toBeInstanceOf(SessionEndedError);
    expect(server.refreshCalls()).toHaveLength(1);
    expect(server.calls.filter((c) => c.path === '/x')).toHaveLength(2);
    expect(session.store.getState()).toEqual({ status: 'signed-out', notice: SESSION_SENTENCES.UNAUTHORIZED, resumable: false });
    expect(storage.data.size).toBe(0);
  });

  test('a refresh token spent elsewhere (REFRESH_REUSED) signs the person out with a plain sentence and forgets the token', async () => {
    const server = fakeServer();
    const storage = memoryStorage();
    const session = createOfficeSession({ fetch: server.fetch, storage });
    await session.signIn('owner@shop.example', 'right password');
    // Someone copied rt-1 and spent it first.
    await server.fetch('/api/v1/auth/refresh', { method: 'POST', body: JSON.stringify({ refreshToken: 'rt-1' }) });
    server.expire('at-1');
    await expect(session.request('/x', whoAsked)).rejects.toMatchObject({ code: 'SESSION_ENDED', message: SESSION_SENTENCES.REFRESH_REUSED });
    expect(session.store.getState()).toEqual({ status: 'signed-out', notice: SESSION_SENTENCES.REFRESH_REUSED, resumable: false });
    expect(storage.data.size).toBe(0);
  });

  test('an unknown or revoked refresh token (REFRESH_INVALID) at start signs out with its own sentence', async () => {
    const server = fakeServer();
    const session = createOfficeSession({ fetch: server.fetch, storage: memoryStorage({ [REFRESH_TOKEN_KEY]: 'rt-unknown' }) });
    await session.restore();
    expect(session.store.getState()).toEqual({ status: 'signed-out', notice: SESSION_SENTENCES.REFRESH_INVALID, resumable: false });
    await expect(session.request('/x', whoAsked)).rejects.toBeInstanceOf(SessionEndedError);
  });

  test('offline at start keeps the stored sign-in for the next try, which then resumes it', async () => {
    const server = fakeServer();
    const setup = createOfficeSession({ fetch: server.fetch, storage: memoryStorage() });
    await setup.signIn('owner@shop.example', 'right password');
    const storage = memoryStorage({ [REFRESH_TOKEN_KEY]: 'rt-1' });
    const session = createOfficeSession({ fetch: server.fetch, storage });
    server.setOffline(true);
    await session.restore();
    expect(session.store.getState()).toEqual({ status: 'signed-out', notice: SESSION_SENTENCES.UNREACHABLE, resumable: true });
    expect(storage.data.get(REFRESH_TOKEN_KEY)).toBe('rt-1');
    server.setOffline(false);
    await session.restore();
    expect(session.store.getState()).toMatchObject({ status: 'signed-in' });
  });

  test('a network failure during a call is the network’s, not the session’s: it stays signed in', async () => {
    const server = fakeServer();
    const session = createOfficeSession({ fetch: server.fetch, storage: memoryStorage() });
    await session.signIn('owner@shop.example', 'right password');
    server.setOffline(true);
    await expect(session.request('/x', whoAsked)).rejects.toBeInstanceOf(NetworkError);
    expect(session.store.getState().status).toBe('signed-in');
  });

  test('signing out revokes the refresh token on the server and forgets it here', async () => {
    const server = fakeServer();
    const storage = memoryStorage();
    const session = createOfficeSession({ fetch: server.fetch, storage });
    await session.signIn('owner@shop.example', 'right password');
    await session.signOut();
    expect(server.calls.at(-1)).toMatchObject({ path: '/api/v1/auth/logout', body: { refreshToken: 'rt-1' } });
    expect(server.live.has('rt-1')).toBe(false);
    expect(storage.data.size).toBe(0);
    expect(session.store.getState()).toEqual({ status: 'signed-out', notice: undefined, resumable: false });
    expect(session.accessToken()).toBeUndefined();
  });

  test('signing out offline still forgets the sign-in here and says the server could not be told', async () => {
    const server = fakeServer();
    const storage = memoryStorage();
    const session = createOfficeSession({ fetch: server.fetch, storage });
    await session.signIn('owner@shop.example', 'right password');
    server.setOffline(true);
    await session.signOut();
    expect(storage.data.size).toBe(0);
    expect(session.store.getState()).toEqual({ status: 'signed-out', notice: SESSION_SENTENCES.LOGOUT_UNREACHABLE, resumable: false });
  });

  test('two windows refreshing at once take turns and each spends the token the other stored, never the same one', async () => {
    const server = fakeServer();
    const shared = memoryStorage();
    let queue = Promise.resolve();
    // Web Locks in miniature: one holder at a time, in request order.
    const lock: RefreshLock = (refresh) => {
      const run = queue.then(refresh);
      queue = run.then(
        () => undefined,
        () => undefined,
      );
      return run;
    };
    const windowA = createOfficeSession({ fetch: server.fetch, storage: shared, lock });
    await windowA.signIn('owner@shop.example', 'right password');
    const windowB = createOfficeSession({ fetch: server.fetch, storage: shared, lock });
    await windowB.restore();
    server.expireAll();
    const [a, b] = await Promise.all([windowA.request('/x', whoAsked), windowB.request('/y', whoAsked)]);
    expect(a.token).not.toBe(b.token);
    const spentTokens = server.refreshCalls().map((c) => (c.body as { refreshToken: string }).refreshToken);
    expect(new Set(spentTokens).size).toBe(spentTokens.length);
    expect(windowA.store.getState().status).toBe('signed-in');
    expect(windowB.store.getState().status).toBe('signed-in');
  });

  test('a window whose sign-in was ended in another window is told so on its next refresh', async () => {
    const server = fakeServer();
    const shared = memoryStorage();
    const windowA = createOfficeSession({ fetch: server.fetch, storage: shared });
    await windowA.signIn('owner@shop.example', 'right password');
    const windowB = createOfficeSession({ fetch: server.fetch, storage: shared });
    await windowB.restore();
    await windowA.signOut();
    server.expireAll();
    await expect(windowB.request('/x', whoAsked)).rejects.toBeInstanceOf(SessionEndedError);
    expect(windowB.store.getState()).toMatchObject({ status: 'signed-out', notice: SESSION_SENTENCES.SIGNED_OUT_ELSEWHERE });
  });
});

describe('a fresh session replacing the current one (accepting an invitation while signed in)', () => {
  test('the new refresh token is kept and the old one is revoked on the server', async () => {
    const server = fakeServer();
    const storage = memoryStorage();
    const session = createOfficeSession({ fetch: server.fetch, storage });
    await session.signIn('owner@shop.example', 'right password');
    const oldToken = storage.data.get(REFRESH_TOKEN_KEY)!;
    const fresh = (await (await server.fetch('/api/v1/auth/login', { method: 'POST', body: JSON.stringify({ password: 'right password' }) })).json()) as Parameters<typeof session.adopt>[0];
    await session.replaceWith(fresh);
    expect(storage.data.get(REFRESH_TOKEN_KEY)).toBe(fresh.refreshToken);
    expect(server.live.has(oldToken)).toBe(false);
    expect(server.live.has(fresh.refreshToken)).toBe(true);
    expect(session.store.getState().status).toBe('signed-in');
  });
});
