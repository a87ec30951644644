import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, memberships, users } from '../db/identity-schema';
import { DEMO } from '../seed/demo-organisation';
import { DRIVERS, startTestServer, type TestServer } from '../testing/test-server';

const OWNER = DEMO.users.find((u) => u.role === 'owner')!;
const STORE_MANAGER = DEMO.users.find((u) => u.role === 'manager')!;
const ORG = DEMO.tenant.id;
const STORE = DEMO.store.channel.id;
const BAR = DEMO.bar.channel.id;

interface Answer {
  accessToken: string;
  id: string;
  members: { id: string; email: string; role: string; channelId: string | null }[];
  invitations: { email: string }[];
  memberships: { organisationId: string; role: string; channelId: string | null }[];
  error?: { code: string; message: string };
}

describe.each(DRIVERS)('members and invitations on %s', (kind) => {
  let server: TestServer;
  let now = Date.now();
  const mail: { to: string; text: string }[] = [];
  const tokens = new Map<string, string>();
  beforeAll(async () => {
    server = await startTestServer(kind, { auth: { clock: () => now, secret: 'a test signing key that is long enough', emailSender: { send: (m) => Promise.resolve(void mail.push(m)) } } });
    now = Date.now();
    for (const u of [OWNER, STORE_MANAGER]) tokens.set(u.email, (await call('POST', '/api/v1/auth/login', { email: u.email, password: u.password })).body.accessToken);
  });
  afterAll(() => server.close());

  async function call(method: string, path: string, body?: unknown, token?: string) {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await server.app.request(path, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    return { status: res.status, body: (res.status === 204 ? {} : await res.json()) as Answer };
  }
  const as = (email: string) => tokens.get(email)!;
  const lastInvitationToken = () => /#token=(iv_[\w-]+)/.exec(mail.at(-1)!.text)![1]!;
  const members = async () => (await call('GET', `/api/v1/organisations/${ORG}/members`, undefined, as(OWNER.email))).body.members;

  test('a store manager invites a cashier for the store; the link makes an account with that role only there', async () => {
    const invited = await call('POST', `/api/v1/organisations/${ORG}/invitations`, { email: 'New.Cashier@example.com', role: 'cashier', channelId: STORE }, as(STORE_MANAGER.email));
    expect(invited.status).toBe(201);
    expect(mail.at(-1)!.to).toBe('new.cashier@example.com');
    expect((await call('GET', `/api/v1/organisations/${ORG}/members`, undefined, as(OWNER.email))).body.invitations.map((i) => i.email)).toContain('new.cashier@example.com');

    const token = lastInvitationToken();
    expect((await call('POST', '/api/v1/auth/invitations/accept', { token })).body.error).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringContaining('name') });
    const joined = await call('POST', '/api/v1/auth/invitations/accept', { token, name: 'Nia Cashier', password: 'a good long password' });
    expect(joined.status).toBe(200);
    expect(joined.body.memberships).toEqual([expect.objectContaining({ organisationId: ORG, role: 'cashier', channelId: STORE })]);
    expect((await call('POST', '/api/v1/auth/invitations/accept', { token, name: 'Again', password: 'a good long password' })).body.error).toMatchObject({ code: 'INVITATION_INVALID' });
    const trail = await server.database.db.select().from(auditLog).where(and(eq(auditLog.tenantId, ORG), eq(auditLog.subject, 'new.cashier@example.com')));
    expect(trail.map((a) => a.action).sort()).toEqual(['staff.invited', 'staff.joined']);
  });

  test('a store manager may not invite for the bar, nor invite a manager or an owner; a cashier may not invite at all', async () => {
    const before = mail.length;
    expect((await call('POST', `/api/v1/organisations/${ORG}/invitations`, { email: 'x@example.com', role: 'cashier', channelId: BAR }, as(STORE_MANAGER.email))).status).toBe(403);
    expect((await call('POST', `/api/v1/organisations/${ORG}/invitations`, { email: 'x@example.com', role: 'manager', channelId: STORE }, as(STORE_MANAGER.email))).body.error).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('manager') });
    expect((await call('POST', `/api/v1/organisations/${ORG}/invitations`, { email: 'x@example.com', role: 'owner', channelId: null }, as(STORE_MANAGER.email))).status).toBe(403);
    expect((await call('POST', `/api/v1/organisations/${ORG}/invitations`, { email: 'x@example.com', role: 'platform_admin', channelId: null }, as(OWNER.email))).body.error).toMatchObject({ code: 'VALIDATION_FAILED' });
    const cashier = (await call('POST', '/api/v1/auth/login', { email: 'new.cashier@example.com', password: 'a good long password' })).body.accessToken;
    expect((await call('POST', `/api/v1/organisations/${ORG}/invitations`, { email: 'x@example.com', role: 'cashier', channelId: STORE }, cashier)).status).toBe(403);
    expect(mail.length).toBe(before);
  });

  test('an invitation to an email that has an account needs that account signed in', async () => {
    await call('POST', `/api/v1/organisations/${ORG}/invitations`, { email: STORE_MANAGER.email, role: 'bartender', channelId: BAR }, as(OWNER.email));
    const token = lastInvitationToken();
    expect((await call('POST', '/api/v1/auth/invitations/accept', { token, name: 'Impostor', password: 'impostor password' })).body.error).toMatchObject({ code: 'SIGN_IN_TO_ACCEPT' });
    expect((await call('POST', '/api/v1/auth/invitations/accept', { token }, as(OWNER.email))).body.error).toMatchObject({ code: 'SIGN_IN_TO_ACCEPT' });
    const accepted = await call('POST', '/api/v1/auth/invitations/accept', { token }, as(STORE_MANAGER.email));
    expect(accepted.body.memberships.map((m) => `${m.role}@${m.channelId}`).sort()).toEqual([`bartender@${BAR}`, `manager@${STORE}`].sort());
  });

  test('an expired invitation is refused', async () => {
    await call('POST', `/api/v1/organisations/${ORG}/invitations`, { email: 'late@example.com', role: 'driver', channelId: null }, as(OWNER.email));
    const token = lastInvitationToken();
    now += 8 * 24 * 60 * 60 * 1000;
    tokens.set(OWNER.email, (await call('POST', '/api/v1/auth/login', { email: OWNER.email, password: OWNER.password })).body.accessToken);
    tokens.set(STORE_MANAGER.email, (await call('POST', '/api/v1/auth/login', { email: STORE_MANAGER.email, password: STORE_MANAGER.password })).body.accessToken);
    expect((await call('POST', '/api/v1/auth/invitations/accept', { token, name: 'Late', password: 'a good long password' })).body.error).toMatchObject({ code: 'INVITATION_INVALID' });
    expect((await server.database.db.select().from(users).where(eq(users.email, 'late@example.com'))).length).toBe(0);
  });

  test('changing a role is audited with before and after; a manager cannot promote to manager or touch an owner', async () => {
    const cashier = (await members()).find((m) => m.email === 'new.cashier@example.com')!;
    expect((await call('PATCH', `/api/v1/organisations/${ORG}/members/${cashier.id}`, { role: 'manager', channelId: STORE }, as(STORE_MANAGER.email))).status).toBe(403);
    const owner = (await members()).find((m) => m.email === OWNER.email)!;
    expect((await call('PATCH', `/api/v1/organisations/${ORG}/members/${owner.id}`, { role: 'cashier', channelId: STORE }, as(STORE_MANAGER.email))).status).toBe(403);
    expect((await call('PATCH', `/api/v1/organisations/${ORG}/members/${cashier.id}`, { role: 'bartender', channelId: STORE }, as(STORE_MANAGER.email))).body).toEqual({ id: cashier.id, role: 'bartender', channelId: STORE });
    const [entry] = await server.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'role.changed'), eq(auditLog.tenantId, ORG)));
    expect(entry).toMatchObject({ before: { role: 'cashier', channelId: STORE }, after: { role: 'bartender', channelId: STORE } });
  });

  test('the only owner cannot be demoted or removed; with a second owner, they can', async () => {
    const owner = (await members()).find((m) => m.email === OWNER.email)!;
    expect((await call('PATCH', `/api/v1/organisations/${ORG}/members/${owner.id}`, { role: 'manager', channelId: null }, as(OWNER.email))).body.error).toMatchObject({ code: 'LAST_OWNER' });
    expect((await call('DELETE', `/api/v1/organisations/${ORG}/members/${owner.id}`, undefined, as(OWNER.email))).body.error).toMatchObject({ code: 'LAST_OWNER' });
    await call('POST', `/api/v1/organisations/${ORG}/invitations`, { email: 'co-owner@example.com', role: 'owner', channelId: null }, as(OWNER.email));
    await call('POST', '/api/v1/auth/invitations/accept', { token: lastInvitationToken(), name: 'Co Owner', password: 'a good long password' });
    expect((await call('PATCH', `/api/v1/organisations/${ORG}/members/${owner.id}`, { role: 'manager', channelId: null }, as(OWNER.email))).status).toBe(200);
    expect((await server.database.db.select().from(memberships).where(eq(memberships.id, owner.id)))[0]!.role).toBe('manager');
  });

  test('another organisation’s members are not found, and nothing changes', async () => {
    const other = await call('POST', '/api/v1/auth/signup', { email: 'boss@other.example', password: 'a long enough password', name: 'Boss', organisationName: 'Other', businessType: 'retailer' });
    const someone = (await members())[0]!;
    expect((await call('GET', `/api/v1/organisations/${ORG}/members`, undefined, other.body.accessToken)).status).toBe(404);
    const ownOrg = other.body.memberships[0]!.organisationId;
    expect((await call('DELETE', `/api/v1/organisations/${ownOrg}/members/${someone.id}`, undefined, other.body.accessToken)).status).toBe(404);
    expect((await call('POST', `/api/v1/organisations/${ownOrg}/invitations`, { email: 'y@example.com', role: 'cashier', channelId: STORE }, other.body.accessToken)).status).toBe(404);
    expect((await members()).map((m) => m.id)).toContain(someone.id);
  });

  test('a till PIN, a role change and a removal each poke the organisation’s tills once committed, so they pull the person now', async () => {
    const heard: number[] = [];
    const stop = server.database.notifier.subscribe(ORG, (pos) => heard.push(pos));
    try {
      const pokedAfter = async (step: () => Promise<number>) => {
        const before = heard.length;
        expect([200, 204]).toContain(await step());
        await expect.poll(() => heard.length, { timeout: 5_000 }).toBeGreaterThan(before);
      };
      expect((await call('POST', `/api/v1/organisations/${ORG}/invitations`, { email: 'poked@example.com', role: 'cashier', channelId: STORE }, as(OWNER.email))).status).toBe(201);
      const joined = await call('POST', '/api/v1/auth/invitations/accept', { token: lastInvitationToken(), name: 'Poked Person', password: 'a good long password' });
      expect(joined.status).toBe(200);
      await pokedAfter(async () => (await call('PUT', `/api/v1/organisations/${ORG}/till-pin`, { pin: '8642' }, joined.body.accessToken)).status);
      const member = (await members()).find((m) => m.email === 'poked@example.com')!;
      await pokedAfter(async () => (await call('PATCH', `/api/v1/organisations/${ORG}/members/${member.id}`, { role: 'bartender', channelId: STORE }, as(OWNER.email))).status);
      await pokedAfter(async () => (await call('DELETE', `/api/v1/organisations/${ORG}/members/${member.id}`, undefined, as(OWNER.email))).status);
    } finally {
      stop();
    }
  });
});
