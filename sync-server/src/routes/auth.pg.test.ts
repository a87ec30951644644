import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { auditLog, businessProfiles, users } from '../db/identity-schema';
import { tenants } from '../db/schema';
import { THROTTLE } from '../auth/sign-in-throttle';
import { DRIVERS, startTestServer, type TestServer } from '../testing/test-server';

const PASSWORD = 'correct horse battery';

/** What the auth routes answer with (a session, or an error body the tests match on). */
interface Answer {
  accessToken: string;
  refreshToken: string;
  memberships: { organisationId: string }[];
  [key: string]: unknown;
}

describe.each(DRIVERS)('back-office sign-up and sign-in on %s', (kind) => {
  let server: TestServer;
  let now = Date.parse('2026-11-21T09:00:00.000Z');
  const mail: { to: string; subject: string; text: string }[] = [];
  beforeAll(async () => {
    server = await startTestServer(kind, {
      auth: { clock: () => now, emailSender: { send: (m) => Promise.resolve(void mail.push(m)) }, secret: 'a test signing key that is long enough' },
    });
  });
  afterAll(() => server.close());

  /** A request from a given client address (the socket's peer, as @hono/node-server reports it). */
  async function call(path: string, body: unknown, init: { token?: string | undefined; ip?: string; method?: string } = {}) {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    const res = await server.app.request(
      path,
      { method: init.method ?? 'POST', headers, ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }) },
      { incoming: { socket: { remoteAddress: init.ip ?? '192.0.2.1' } } },
    );
    return { status: res.status, headers: res.headers, body: (await res.json().catch(() => null)) as Answer | null };
  }
  const signup = (email: string, extra: Record<string, unknown> = {}) =>
    call('/api/v1/auth/signup', { email, password: PASSWORD, name: 'Ada Owner', organisationName: 'Harbour Wines', businessType: 'retailer', ...extra });
  const login = (email: string, password = PASSWORD, ip?: string) => call('/api/v1/auth/login', { email, password }, ip ? { ip } : {});
  const userCount = async () => (await server.database.db.select({ n: count() }).from(users))[0]!.n;
  const auditOf = async (action: string, subject: string) =>
    server.database.db.select().from(auditLog).where(eq(auditLog.action, action)).then((rows) => rows.filter((r) => r.subject === subject));

  test('sign-up creates the user, an organisation awaiting approval and the owner role, and signs in', async () => {
    const res = await signup('Ada@Example.com');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      user: { email: 'ada@example.com', name: 'Ada Owner', platformAdmin: false },
      memberships: [{ organisationName: 'Harbour Wines', approval: 'pending', role: 'owner', channelId: null }],
      expiresIn: 900,
    });
    const organisationId = res.body!.memberships[0]!.organisationId;
    const { db } = server.database;
    expect(await db.select().from(businessProfiles).where(eq(businessProfiles.tenantId, organisationId))).toMatchObject([{ businessType: 'retailer', approval: 'pending' }]);
    expect(await db.select().from(tenants).where(eq(tenants.id, organisationId))).toHaveLength(1);
    const [user] = await db.select().from(users).where(eq(users.email, 'ada@example.com'));
    expect(user!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user!.passwordHash).not.toContain(PASSWORD);
    expect(await auditOf('auth.signup', 'ada@example.com')).toHaveLength(1);

    const me = await call('/api/v1/me', undefined, { method: 'GET', token: res.body!.accessToken });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ user: { email: 'ada@example.com' }, memberships: [{ organisationId, role: 'owner' }] });
  });

  test('a second sign-up with the same email (any case) is refused and creates nothing', async () => {
    await signup('twice@example.com');
    const before = { users: await userCount(), tenants: (await server.database.db.select({ n: count() }).from(tenants))[0]!.n };
    const res = await signup('TWICE@example.com', { organisationName: 'Another' });
    expect(res.status).toBe(409);
    expect(res.body).toEqual({ error: { code: 'EMAIL_TAKEN', message: expect.stringContaining('already exists') } });
    expect(await userCount()).toBe(before.users);
    expect((await server.database.db.select({ n: count() }).from(tenants))[0]!.n).toBe(before.tenants);
  });

  test('bad sign-up input gets a 400 that names the field, and stores nothing', async () => {
    const before = await userCount();
    for (const [field, value] of [
      ['email', 'not-an-email'],
      ['password', 'short'],
      ['businessType', 'casino'],
      ['organisationName', ''],
    ] as const) {
      const res = await signup('bad-input@example.com', { [field]: value });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ error: { code: 'VALIDATION_FAILED', message: expect.stringContaining(field) } });
    }
    expect((await call('/api/v1/auth/signup', '{"email":')).body).toMatchObject({ error: { code: 'MALFORMED_JSON' } });
    expect(await userCount()).toBe(before);
  });

  test('sign-in with the right password gives tokens; a wrong password and an unknown email get the same answer', async () => {
    await signup('bob@example.com');
    const ok = await login('BOB@example.com');
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ accessToken: expect.any(String), refreshToken: expect.stringMatching(/^rt_/), user: { email: 'bob@example.com' } });
    const wrong = await login('bob@example.com', 'not the password');
    const unknown = await login('nobody@example.com', 'not the password');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body).toMatchObject({ error: { code: 'INVALID_CREDENTIALS' } });
    expect(await auditOf('auth.sign_in', 'bob@example.com')).toHaveLength(1);
    expect(await auditOf('auth.sign_in_failed', 'bob@example.com')).toHaveLength(1);
    expect(await auditOf('auth.sign_in_failed', 'nobody@example.com')).toHaveLength(1);
  });

  test(`${THROTTLE.accountLimit} wrong passwords lock the account, even against the right one, until the lock runs out`, async () => {
    await signup('carol@example.com');
    for (let i = 1; i < THROTTLE.accountLimit; i++) expect((await login('carol@example.com', `guess ${i}`)).body).toMatchObject({ error: { code: 'INVALID_CREDENTIALS' } });
    const last = await login('carol@example.com', 'guess last');
    expect(last.status).toBe(429);
    expect(last.body).toMatchObject({ error: { code: 'SIGN_IN_LOCKED', message: 'Too many failed sign-ins for this account. Try again in 15 minutes.' } });
    const right = await login('carol@example.com');
    expect(right.status).toBe(429);
    expect(right.headers.get('retry-after')).toBe(String(THROTTLE.lockMs / 1000));

    now += THROTTLE.lockMs - 60_000;
    expect((await login('carol@example.com')).body).toMatchObject({ error: { code: 'SIGN_IN_LOCKED', message: expect.stringContaining('1 minute.') } });
    now += 60_000;
    expect((await login('carol@example.com')).status).toBe(200);
    // A success clears the count: the next mistake starts again from one.
    expect((await login('carol@example.com', 'typo')).body).toMatchObject({ error: { code: 'INVALID_CREDENTIALS' } });
  });

  test('many failures from one address lock that address for every account; other addresses still sign in', async () => {
    await signup('dave@example.com');
    for (let i = 0; i < THROTTLE.addressLimit; i++) await login(`sprayed-${i}@example.com`, 'password1234', '203.0.113.9');
    const locked = await login('dave@example.com', PASSWORD, '203.0.113.9');
    expect(locked.body).toMatchObject({ error: { code: 'SIGN_IN_LOCKED', message: expect.stringContaining('this network address') } });
    expect((await login('dave@example.com', PASSWORD, '198.51.100.7')).status).toBe(200);
    now += THROTTLE.lockMs;
  });

  test('a refresh token rotates; presenting a spent one ends the whole sign-in', async () => {
    await signup('erin@example.com');
    const first = (await login('erin@example.com')).body!;
    const second = await call('/api/v1/auth/refresh', { refreshToken: first.refreshToken });
    expect(second.status).toBe(200);
    expect(second.body!.refreshToken).not.toBe(first.refreshToken);
    const third = await call('/api/v1/auth/refresh', { refreshToken: second.body!.refreshToken });
    expect(third.status).toBe(200);

    const replay = await call('/api/v1/auth/refresh', { refreshToken: first.refreshToken });
    expect(replay.status).toBe(401);
    expect(replay.body).toMatchObject({ error: { code: 'REFRESH_REUSED' } });
    // The thief's replay ended the family: the newest token is dead too.
    expect((await call('/api/v1/auth/refresh', { refreshToken: third.body!.refreshToken })).body).toMatchObject({ error: { code: 'REFRESH_INVALID' } });
    const [erin] = await server.database.db.select().from(users).where(eq(users.email, 'erin@example.com'));
    expect((await server.database.db.select().from(auditLog).where(eq(auditLog.action, 'auth.refresh_reused'))).filter((r) => r.actorUserId === erin!.id)).toHaveLength(1);
    // Another sign-in of the same user is a different family and lives on.
    const other = (await login('erin@example.com')).body!;
    expect((await call('/api/v1/auth/refresh', { refreshToken: other.refreshToken })).status).toBe(200);
  });

  test('logout ends the sign-in; unknown and garbage refresh tokens are refused plainly', async () => {
    await signup('fay@example.com');
    const session = (await login('fay@example.com')).body!;
    expect((await call('/api/v1/auth/logout', { refreshToken: session.refreshToken })).status).toBe(204);
    expect((await call('/api/v1/auth/refresh', { refreshToken: session.refreshToken })).body).toMatchObject({ error: { code: 'REFRESH_INVALID' } });
    expect((await call('/api/v1/auth/refresh', { refreshToken: 'rt_forged' })).body).toMatchObject({ error: { code: 'REFRESH_INVALID' } });
    expect((await call('/api/v1/auth/refresh', {})).body).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
  });

  test('an access token expires after 15 minutes; a forged or missing one is refused', async () => {
    await signup('gus@example.com');
    const session = (await login('gus@example.com')).body!;
    expect((await call('/api/v1/me', undefined, { method: 'GET', token: session.accessToken })).status).toBe(200);
    const forged = `${session.accessToken.slice(0, -4)}AAAA`;
    expect((await call('/api/v1/me', undefined, { method: 'GET', token: forged })).body).toMatchObject({ error: { code: 'UNAUTHORIZED' } });
    expect((await call('/api/v1/me', undefined, { method: 'GET' })).body).toMatchObject({ error: { code: 'UNAUTHORIZED' } });
    now += 15 * 60_000;
    expect((await call('/api/v1/me', undefined, { method: 'GET', token: session.accessToken })).body).toMatchObject({ error: { code: 'TOKEN_EXPIRED' } });
    expect((await call('/api/v1/auth/refresh', { refreshToken: session.refreshToken })).status).toBe(200);
  });

  test('changing the password needs the current one and ends every other sign-in', async () => {
    await signup('hal@example.com');
    const phone = (await login('hal@example.com')).body!;
    const laptop = (await login('hal@example.com')).body!;
    now += 5_000;
    const refused = await call('/api/v1/auth/password', { currentPassword: 'wrong one', newPassword: 'a brand new passphrase' }, { token: laptop.accessToken });
    expect(refused.body).toMatchObject({ error: { code: 'INVALID_CREDENTIALS' } });
    const changed = await call('/api/v1/auth/password', { currentPassword: PASSWORD, newPassword: 'a brand new passphrase' }, { token: laptop.accessToken });
    expect(changed.status).toBe(200);
    expect((await call('/api/v1/me', undefined, { method: 'GET', token: phone.accessToken })).body).toMatchObject({ error: { code: 'UNAUTHORIZED' } });
    expect((await call('/api/v1/auth/refresh', { refreshToken: phone.refreshToken })).body).toMatchObject({ error: { code: 'REFRESH_INVALID' } });
    expect((await call('/api/v1/me', undefined, { method: 'GET', token: changed.body!.accessToken })).status).toBe(200);
    expect((await login('hal@example.com')).status).toBe(401);
    expect((await login('hal@example.com', 'a brand new passphrase')).status).toBe(200);
    expect(await auditOf('auth.password_changed', 'hal@example.com')).toHaveLength(1);
  });

  test('a password reset link is mailed, works once, expires, and says nothing about unknown emails', async () => {
    await signup('ivy@example.com');
    const old = (await login('ivy@example.com')).body!;
    mail.length = 0;
    const unknown = await call('/api/v1/auth/password-reset', { email: 'ghost@example.com' });
    const known = await call('/api/v1/auth/password-reset', { email: 'ivy@example.com' });
    expect(unknown.status).toBe(202);
    expect(known.body).toEqual(unknown.body);
    expect(mail.map((m) => m.to)).toEqual(['ivy@example.com']);
    const token = /#token=(pr_[\w-]+)/.exec(mail[0]!.text)![1]!;

    now += 1_000;
    expect((await call('/api/v1/auth/password-reset/confirm', { token, newPassword: 'short' })).body).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
    expect((await call('/api/v1/auth/password-reset/confirm', { token, newPassword: 'reset to this one' })).status).toBe(204);
    expect((await call('/api/v1/auth/password-reset/confirm', { token, newPassword: 'and again this one' })).body).toMatchObject({ error: { code: 'RESET_TOKEN_INVALID' } });
    expect((await login('ivy@example.com', 'reset to this one')).status).toBe(200);
    expect((await call('/api/v1/auth/refresh', { refreshToken: old.refreshToken })).body).toMatchObject({ error: { code: 'REFRESH_INVALID' } });
    expect(await auditOf('auth.password_reset', 'ivy@example.com')).toHaveLength(1);

    mail.length = 0;
    await call('/api/v1/auth/password-reset', { email: 'ivy@example.com' });
    const late = /#token=(pr_[\w-]+)/.exec(mail[0]!.text)![1]!;
    now += 31 * 60_000;
    expect((await call('/api/v1/auth/password-reset/confirm', { token: late, newPassword: 'too late for this' })).body).toMatchObject({ error: { code: 'RESET_TOKEN_INVALID' } });
    expect((await login('ivy@example.com', 'reset to this one')).status).toBe(200);
  });
});
