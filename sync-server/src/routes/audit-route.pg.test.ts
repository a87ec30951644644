import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { hashPin } from '@tillsafe/domain';
import { uuidv7, type EnrollResponse } from '@tillsafe/sync';
import { hashPassword } from '../auth/password';
import { auditLog, memberships, users } from '../db/identity-schema';
import { staff } from '../db/schema';
import { DEMO } from '../seed/demo-organisation';
import { ensureDemoPairingCodes } from '../seed/seed-demo';
import { createOtherTenant } from '../testing/other-tenant';
import { CASHIER_ID, DRIVERS, enrollTill, envelope, push, STORE_CODE, startTestServer, type TestServer } from '../testing/test-server';

const OWNER = DEMO.users.find((u) => u.role === 'owner')!;
const STORE_MANAGER = DEMO.users.find((u) => u.role === 'manager')!;
const ORG = DEMO.tenant.id;
const MANAGER_ID = DEMO.staff.find((s) => s.role === 'manager')!.id;
const BARTENDER_ID = DEMO.staff.find((s) => s.role === 'bartender')!.id;

interface Entry {
  id: string;
  action: string;
  at: string;
  actor: { kind: string; id: string; name: string } | null;
  device: { id: string; name: string } | null;
  subject: string | null;
  after: Record<string, unknown> | null;
}
interface Answer {
  accessToken: string;
  entries: Entry[];
  nextCursor: string | null;
  actors: { id: string; name: string; kind: string }[];
  set: boolean;
  role: string;
  error?: { code: string; message: string };
}

describe.each(DRIVERS)('the audit log and till PINs on %s', (kind) => {
  let server: TestServer;
  let till: EnrollResponse;
  let seq = 0;
  const tokens = new Map<string, string>();
  beforeAll(async () => {
    server = await startTestServer(kind, { auth: { secret: 'a test signing key that is long enough' } });
    for (const u of [OWNER, STORE_MANAGER]) tokens.set(u.email, (await call('POST', '/api/v1/auth/login', { email: u.email, password: u.password })).body.accessToken);
    till = await enrollTill(server);
  });
  afterAll(() => server.close());

  async function call(method: string, path: string, body?: unknown, token?: string) {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await server.app.request(path, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    return { status: res.status, body: (res.status === 204 ? {} : await res.json()) as Answer };
  }
  const owner = () => tokens.get(OWNER.email)!;
  const audit = (query = '', token = owner()) => call('GET', `/api/v1/organisations/${ORG}/audit${query}`, undefined, token);
  async function send(name: string, args: unknown, actorId = CASHIER_ID) {
    seq += 1;
    const res = await push(server, till, [envelope(seq, name, args, actorId)]);
    return (res.body as { results: { status: string; code?: string }[] }).results[0];
  }

  test("what the till's PIN pad saw, a manager-approved no-sale and a discount approval arrive in the log with actor, device and time", async () => {
    const at = '2026-11-20T09:00:00.000Z';
    const entries = [
      { entryId: uuidv7(), kind: 'till.sign_in_failed', staffId: MANAGER_ID, where: 'manager-approval', at, lockedUntil: '2026-11-20T09:05:00.000Z' },
      { entryId: uuidv7(), kind: 'till.sign_in', staffId: CASHIER_ID, where: 'sign-in', at: '2026-11-20T09:01:00.000Z' },
    ];
    expect(await send('audit.record', { entries })).toMatchObject({ status: 'applied' });
    expect(await send('cash.event', { eventId: uuidv7(), kind: 'no_sale', amount: 0, note: 'change', approverId: MANAGER_ID })).toMatchObject({ status: 'applied' });
    // A refused one changes nothing, so it is not audited (the mutation log keeps it).
    expect(await send('cash.event', { eventId: uuidv7(), kind: 'no_sale', amount: 0, note: 'refused' })).toMatchObject({ status: 'rejected' });

    const failed = await audit('?action=till.sign_in_failed');
    expect(failed.status).toBe(200);
    expect(failed.body.entries).toEqual([
      expect.objectContaining({
        action: 'till.sign_in_failed',
        at,
        actor: { kind: 'staff', id: MANAGER_ID, name: 'Marcus Reid' },
        device: { id: till.deviceId, name: expect.any(String) },
        after: expect.objectContaining({ where: 'manager-approval', lockedUntil: '2026-11-20T09:05:00.000Z', reportedBy: CASHIER_ID }),
      }),
    ]);
    const noSales = (await audit('?action=drawer.no_sale')).body.entries;
    expect(noSales).toHaveLength(1);
    expect(noSales[0]).toMatchObject({ actor: { kind: 'staff', id: CASHIER_ID }, after: { note: 'change', approverId: MANAGER_ID } });
    const byCashier = (await audit(`?actor=${CASHIER_ID}`)).body.entries.map((e) => e.action);
    expect(byCashier).toEqual(expect.arrayContaining(['till.sign_in', 'drawer.no_sale']));
    expect(byCashier).not.toContain('till.sign_in_failed');
  });

  test('pages follow each other newest first without gaps or repeats, and a date range bounds them', async () => {
    const all = (await audit('?limit=200')).body.entries;
    expect(all.length).toBeGreaterThan(3);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Answer = (await audit(`?limit=2${cursor ? `&cursor=${cursor}` : ''}`)).body;
      seen.push(...page.entries.map((e) => e.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.map((e) => e.id));
    const times = all.map((e) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const windowed = (await audit(`?from=${encodeURIComponent('2026-11-20T09:00:30.000Z')}&to=${encodeURIComponent('2026-11-20T09:02:00.000Z')}`)).body.entries;
    expect(windowed.map((e) => e.action)).toEqual(['till.sign_in']);
  });

  test("a store's manager reads the store's entries and no others; the owner reads them all; a cashier none", async () => {
    const manager = tokens.get(STORE_MANAGER.email)!;
    const barCode = (await ensureDemoPairingCodes(server.database.db, STORE_CODE)).find((p) => p.channel === DEMO.bar.channel.name)!.code;
    const barTill = await enrollTill(server, barCode);
    const signIn = (staffId: string) => ({ entries: [{ entryId: uuidv7(), kind: 'till.sign_in', staffId, where: 'sign-in', at: new Date().toISOString() }] });
    expect((await push(server, barTill, [envelope(1, 'audit.record', signIn(BARTENDER_ID), BARTENDER_ID)])).body).toMatchObject({ results: [{ status: 'applied' }] });
    // Invitations name their channel: one for the store by its manager, one for the bar by the owner.
    expect((await call('POST', `/api/v1/organisations/${ORG}/invitations`, { email: 'store.cashier@example.com', role: 'cashier', channelId: DEMO.store.channel.id }, manager)).status).toBe(201);
    expect((await call('POST', `/api/v1/organisations/${ORG}/invitations`, { email: 'bar.cashier@example.com', role: 'cashier', channelId: DEMO.bar.channel.id }, owner())).status).toBe(201);
    // Quick keys are saved per channel, the channel as the entry's subject.
    expect((await call('PUT', `/api/v1/organisations/${ORG}/channels/${DEMO.store.channel.id}/quick-keys`, { quickKeys: [] }, manager)).status).toBe(200);
    expect((await call('PUT', `/api/v1/organisations/${ORG}/channels/${DEMO.bar.channel.id}/quick-keys`, { quickKeys: [] }, owner())).status).toBe(200);
    // The owner's till PIN is theirs in every channel: an organisation-wide entry.
    expect((await call('PUT', `/api/v1/organisations/${ORG}/till-pin`, { pin: '97531' }, owner())).status).toBe(204);

    const all = (await audit('?limit=200')).body.entries;
    const mine = (await audit('?limit=200', manager)).body.entries;
    const inStore = (e: Entry) => e.device?.id === till.deviceId || e.subject === DEMO.store.channel.id || e.after?.channelId === DEMO.store.channel.id;
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every(inStore)).toBe(true);
    expect(mine.map((e) => e.id)).toEqual(all.filter(inStore).map((e) => e.id));
    expect(mine.map((e) => e.subject)).toContain('store.cashier@example.com');
    expect(mine.some((e) => e.actor?.id === CASHIER_ID && e.action === 'till.sign_in')).toBe(true);
    expect(mine.filter((e) => e.action === 'catalog.quick_keys_saved').map((e) => e.subject)).toEqual([DEMO.store.channel.id]);
    expect(all.filter((e) => e.action === 'catalog.quick_keys_saved').map((e) => e.subject).sort()).toEqual([DEMO.store.channel.id, DEMO.bar.channel.id].sort());
    // The bar's till, the bar's invitation and organisation-wide events are not theirs.
    expect(all.filter((e) => e.device?.id === barTill.deviceId).map((e) => e.action).sort()).toEqual(['device.enrolled', 'till.sign_in']);
    expect(all.map((e) => e.subject)).toContain('bar.cashier@example.com');
    expect(all.some((e) => e.action === 'staff.pin_set')).toBe(true);
    expect(mine.some((e) => e.device?.id === barTill.deviceId || e.subject === 'bar.cashier@example.com' || e.action === 'staff.pin_set')).toBe(false);
    // Filters and pages apply within what they may read.
    expect((await audit(`?actor=${BARTENDER_ID}`, manager)).body.entries).toEqual([]);
    const actors = (await call('GET', `/api/v1/organisations/${ORG}/audit/actors`, undefined, manager)).body.actors.map((a) => a.id);
    expect(actors).toEqual(expect.arrayContaining([CASHIER_ID, STORE_MANAGER.id]));
    expect(actors).not.toContain(BARTENDER_ID);
    expect((await call('GET', `/api/v1/organisations/${ORG}/audit/actors`, undefined, owner())).body.actors.map((a) => a.id)).toEqual(expect.arrayContaining([BARTENDER_ID, OWNER.id]));

    // A cashier of the store holds no audit.view anywhere.
    const cashierId = uuidv7();
    await server.database.db.insert(users).values({ id: cashierId, email: 'audit.cashier@example.com', name: 'Audit Cashier', passwordHash: await hashPassword('a long enough password') });
    await server.database.db.insert(memberships).values({ id: uuidv7(), userId: cashierId, tenantId: ORG, channelId: DEMO.store.channel.id, role: 'cashier' });
    const cashier = (await call('POST', '/api/v1/auth/login', { email: 'audit.cashier@example.com', password: 'a long enough password' })).body.accessToken;
    expect((await audit('', cashier)).body.error?.code).toBe('FORBIDDEN');
    expect((await call('GET', `/api/v1/organisations/${ORG}/audit/actors`, undefined, cashier)).body.error?.code).toBe('FORBIDDEN');
  });

  test('bad filters are refused with a code; signing in is needed', async () => {
    expect((await audit('?action=something.else')).body.error?.code).toBe('VALIDATION_FAILED');
    expect((await audit('?cursor=not-a-cursor')).body.error?.code).toBe('VALIDATION_FAILED');
    expect((await audit('?from=2026-11-21T00:00:00Z&to=2026-11-20T00:00:00Z')).status).toBe(400);
    expect((await audit('')).status).toBe(200);
    expect((await call('GET', `/api/v1/organisations/${ORG}/audit`)).status).toBe(401);
  });

  test("another organisation's audit entries never show, and its id answers 404", async () => {
    // Stored as enrolment reads it: upper case, letters and digits only.
    const code = `AUDIT${kind.toUpperCase()}`;
    const other = await createOtherTenant(server.database.db, code);
    const otherTill = await enrollTill(server, code);
    const entry = { entryId: uuidv7(), kind: 'till.sign_in', staffId: other.managerId, where: 'sign-in', at: '2026-11-20T10:00:00.000Z' };
    const res = await push(server, otherTill, [envelope(1, 'audit.record', { entries: [entry] }, other.managerId)]);
    expect((res.body as { results: { status: string }[] }).results[0]?.status).toBe('applied');
    // Naming a staff member of this organisation from another one's till is refused.
    const forged = await push(server, otherTill, [envelope(2, 'audit.record', { entries: [{ ...entry, entryId: uuidv7(), staffId: MANAGER_ID }] }, other.managerId)]);
    expect((forged.body as { results: { code?: string }[] }).results[0]?.code).toBe('UNKNOWN_ACTOR');
    const mine = (await audit('?limit=200')).body.entries;
    expect(mine.some((e) => e.device?.id === otherTill.deviceId)).toBe(false);
    expect((await call('GET', `/api/v1/organisations/${other.tenantId}/audit`, undefined, owner())).status).toBe(404);
  });

  test('a member sets a till PIN: a staff row linked to the account, with their role, pulled by the tills and audited', async () => {
    const manager = tokens.get(STORE_MANAGER.email)!;
    const path = `/api/v1/organisations/${ORG}/till-pin`;
    expect((await call('PUT', path, { pin: '12' }, manager)).body.error?.code).toBe('VALIDATION_FAILED');
    expect((await call('GET', path, undefined, manager)).body).toEqual({ set: false, role: 'manager' });
    expect((await call('PUT', path, { pin: '8642' }, manager)).status).toBe(204);
    expect((await call('PUT', path, { pin: '8643' }, manager)).status).toBe(204);
    expect((await call('GET', path, undefined, manager)).body).toEqual({ set: true, role: 'manager' });
    const rows = await server.database.db.select().from(staff).where(and(eq(staff.tenantId, ORG), eq(staff.userId, STORE_MANAGER.id)));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ name: STORE_MANAGER.name, role: 'manager' });
    expect(rows[0]?.pinHash).toMatch(/^[0-9a-f]{64}$/);
    const changes: { entity: string; id: string; data: Record<string, unknown> }[] = [];
    let cursor = '';
    for (;;) {
      const pulled = await server.app.request(`/api/v1/sync/pull?limit=1000&protocolVersion=2${cursor ? `&cursor=${cursor}` : ''}`, { headers: { authorization: `Bearer ${till.deviceToken}` } });
      const page = (await pulled.json()) as { changes: typeof changes; cursor: string; hasMore: boolean };
      changes.push(...page.changes);
      cursor = page.cursor;
      if (!page.hasMore) break;
    }
    expect(changes.find((c) => c.entity === 'staff' && c.id === rows[0]?.id)?.data).toEqual({ id: rows[0]?.id, name: STORE_MANAGER.name, role: 'manager', pinSalt: rows[0]?.pinSalt, pinHash: rows[0]?.pinHash });
    const trail = await server.database.db.select().from(auditLog).where(and(eq(auditLog.tenantId, ORG), eq(auditLog.action, 'staff.pin_set'), eq(auditLog.subject, STORE_MANAGER.name)));
    expect(trail.map((t) => t.after)).toEqual([{ role: 'manager', first: true }, { role: 'manager', first: false }]);
    expect(JSON.stringify(trail)).not.toContain('8642');
  });
  test("a member's till identity follows their roles: a new role travels to the tills, and without any role their PIN stops working", async () => {
    const ownerToken = owner();
    const members = (await call('GET', `/api/v1/organisations/${ORG}/members`, undefined, ownerToken)).body as unknown as { members: { id: string; userId: string; role: string }[] };
    const membership = members.members.find((m) => m.userId === STORE_MANAGER.id)!;
    const before = (await server.database.db.select().from(staff).where(eq(staff.userId, STORE_MANAGER.id)))[0]!;
    expect((await call('PATCH', `/api/v1/organisations/${ORG}/members/${membership.id}`, { role: 'cashier', channelId: DEMO.store.channel.id }, ownerToken)).status).toBe(200);
    const demoted = (await server.database.db.select().from(staff).where(eq(staff.userId, STORE_MANAGER.id)))[0]!;
    expect(demoted).toMatchObject({ role: 'cashier', pinHash: before.pinHash });
    expect((await call('DELETE', `/api/v1/organisations/${ORG}/members/${membership.id}`, undefined, ownerToken)).status).toBe(204);
    const removed = (await server.database.db.select().from(staff).where(eq(staff.userId, STORE_MANAGER.id)))[0]!;
    expect(removed.pinHash).not.toBe(before.pinHash);
    expect(await hashPin('8643', removed.pinSalt)).not.toBe(removed.pinHash);
  });
});
