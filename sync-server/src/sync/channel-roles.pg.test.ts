import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { uuidv7, type ChangeV2, type EnrollResponse, type RefundCreateArgs } from '@tillsafe/sync';
import { hashPassword } from '../auth/password';
import { memberships, users } from '../db/identity-schema';
import { staff } from '../db/schema';
import { DEMO } from '../seed/demo-organisation';
import { ensureDemoPairingCodes } from '../seed/seed-demo';
import { saleV2Args, unrestricted } from '../testing/sale-v2-args';
import { CASHIER_ID, DRIVERS, enrollTill, envelope, push, STORE_CODE, startTestServer, type TestServer } from '../testing/test-server';

const ORG = DEMO.tenant.id;
const STORE = DEMO.store.channel.id;
const BAR = DEMO.bar.channel.id;
const OWNER = DEMO.users.find((u) => u.role === 'owner')!;
const PASSWORD = 'a long enough password';

interface StaffData {
  id: string;
  name: string;
  role: string;
}

/**
 * A person's role is held per channel (issue 4): the staff a till pulls, the actor of its pushed
 * mutations and the approver a mutator reads all carry the person's role in THAT till's channel.
 */
describe.each(DRIVERS)('roles per channel at the tills on %s', (kind) => {
  let server: TestServer;
  let storeTill: EnrollResponse;
  let barTill: EnrollResponse;
  const seqs = new Map<string, number>();
  const tokens = new Map<string, string>();
  /** Dana: manager of the store, cashier at the bar. Sam: cashier of the store only. */
  const people = { dana: { userId: uuidv7(), staffId: '' }, sam: { userId: uuidv7(), staffId: '' } };

  beforeAll(async () => {
    server = await startTestServer(kind, { auth: { secret: 'a test signing key that is long enough' } });
    const { db } = server.database;
    const grants = { dana: [{ channelId: STORE, role: 'manager' as const }, { channelId: BAR, role: 'cashier' as const }], sam: [{ channelId: STORE, role: 'cashier' as const }] };
    for (const [name, person] of Object.entries(people) as [keyof typeof people, (typeof people)['dana']][]) {
      const email = `${name}@channel-roles.example`;
      await db.insert(users).values({ id: person.userId, email, name, passwordHash: await hashPassword(PASSWORD) });
      await db.insert(memberships).values(grants[name].map((g) => ({ id: uuidv7(), userId: person.userId, tenantId: ORG, ...g })));
      const token = (await call('POST', '/api/v1/auth/login', { email, password: PASSWORD })).body.accessToken as string;
      expect((await call('PUT', `/api/v1/organisations/${ORG}/till-pin`, { pin: '5678' }, token)).status).toBe(204);
      person.staffId = (await db.select({ id: staff.id }).from(staff).where(and(eq(staff.tenantId, ORG), eq(staff.userId, person.userId))))[0]!.id;
    }
    tokens.set(OWNER.email, (await call('POST', '/api/v1/auth/login', { email: OWNER.email, password: OWNER.password })).body.accessToken as string);
    const barCode = (await ensureDemoPairingCodes(db, STORE_CODE)).find((p) => p.channel === DEMO.bar.channel.name)!.code;
    storeTill = await enrollTill(server);
    barTill = await enrollTill(server, barCode);
    expect([storeTill.channelId, barTill.channelId]).toEqual([STORE, BAR]);
  });
  afterAll(() => server.close());

  async function call(method: string, path: string, body?: unknown, token?: string) {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await server.app.request(path, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    return { status: res.status, body: (res.status === 204 ? {} : await res.json()) as Record<string, unknown> };
  }

  /** Every page after `from`: the changes in order and the cursor to resume from. */
  async function pullAll(till: EnrollResponse, from = '') {
    const changes: ChangeV2[] = [];
    let cursor = from;
    for (;;) {
      const res = await server.app.request(`/api/v1/sync/pull?limit=1000&protocolVersion=2${cursor ? `&cursor=${cursor}` : ''}`, { headers: { authorization: `Bearer ${till.deviceToken}` } });
      expect(res.status).toBe(200);
      const page = (await res.json()) as { changes: ChangeV2[]; cursor: string; hasMore: boolean };
      changes.push(...page.changes);
      cursor = page.cursor;
      if (!page.hasMore) return { changes, cursor };
    }
  }

  /** The staff a till holds after applying `changes` in order, as its pull does. */
  function staffAfter(changes: readonly ChangeV2[], held = new Map<string, StaffData>()): Map<string, StaffData> {
    const out = new Map(held);
    for (const c of changes.filter((c) => c.entity === 'staff')) {
      if (c.op === 'delete') out.delete(c.id);
      else out.set(c.id, c.data as StaffData);
    }
    return out;
  }

  async function send(till: EnrollResponse, name: string, args: unknown, actorId = CASHIER_ID) {
    const seq = (seqs.get(till.deviceId) ?? 0) + 1;
    seqs.set(till.deviceId, seq);
    const res = await push(server, till, [envelope(seq, name, args, actorId)]);
    expect(res.status).toBe(200);
    return (res.body as { results: { status: string; code?: string; message?: string }[] }).results[0]!;
  }

  /** A sale on `till`, then the refund of its one line without the receipt, approved by `approverId`. */
  async function refundWithoutReceipt(till: EnrollResponse, product: number, approverId: string) {
    const sale = saleV2Args(till, unrestricted.slice(product, product + 1));
    expect(await send(till, 'sale.complete', sale)).toMatchObject({ status: 'applied' });
    const args: RefundCreateArgs = {
      refundId: uuidv7(),
      saleId: sale.saleId,
      lines: [{ lineId: sale.lines[0]!.lineId, qty: 1, disposition: 'restock' }],
      to: 'original',
      withReceipt: false,
      approverId,
      refundedAt: new Date().toISOString(),
    };
    return send(till, 'refund.create', args);
  }

  test("each channel's till pulls a person with their role in that channel, and not someone who has none there", async () => {
    const atStore = staffAfter((await pullAll(storeTill)).changes);
    const atBar = staffAfter((await pullAll(barTill)).changes);
    expect(atStore.get(people.dana.staffId)).toMatchObject({ name: 'dana', role: 'manager' });
    expect(atBar.get(people.dana.staffId)).toMatchObject({ name: 'dana', role: 'cashier' });
    expect(atStore.get(people.sam.staffId)).toMatchObject({ role: 'cashier' });
    expect(atBar.has(people.sam.staffId)).toBe(false);
    // The owner's organisation-wide role reaches every channel once they have a PIN.
    const owner = tokens.get(OWNER.email)!;
    expect((await call('PUT', `/api/v1/organisations/${ORG}/till-pin`, { pin: '9753' }, owner)).status).toBe(204);
    const ownerStaff = (await server.database.db.select({ id: staff.id }).from(staff).where(eq(staff.userId, OWNER.id)))[0]!.id;
    expect(staffAfter((await pullAll(barTill)).changes).get(ownerStaff)).toMatchObject({ role: 'owner' });
    expect(staffAfter((await pullAll(storeTill)).changes).get(ownerStaff)).toMatchObject({ role: 'owner' });
  });

  test("a refund without the receipt approved by a store manager is applied at the store, and FORBIDDEN at the bar where they are a cashier", async () => {
    expect(await refundWithoutReceipt(storeTill, 20, people.dana.staffId)).toMatchObject({ status: 'applied' });
    expect(await refundWithoutReceipt(barTill, 21, people.dana.staffId)).toMatchObject({ status: 'rejected', code: 'FORBIDDEN', message: expect.stringContaining('a cashier') });
  });

  test("the actor of a pushed mutation acts with their role in the till's channel, and is unknown where they have none", async () => {
    const noSale = () => ({ eventId: uuidv7(), kind: 'no_sale', amount: 0, note: 'change for a customer' });
    expect(await send(storeTill, 'cash.event', noSale(), people.dana.staffId)).toMatchObject({ status: 'applied' });
    expect(await send(barTill, 'cash.event', noSale(), people.dana.staffId)).toMatchObject({ status: 'rejected', code: 'FORBIDDEN' });
    expect(await send(barTill, 'cash.event', noSale(), people.sam.staffId)).toMatchObject({ status: 'rejected', code: 'UNKNOWN_ACTOR' });
  });

  test('removing or moving a role in the back office reaches the tills: a delete where they lost it, the new role where they have it', async () => {
    const owner = tokens.get(OWNER.email)!;
    const [store0, bar0] = [await pullAll(storeTill), await pullAll(barTill)];
    const heldAtStore = staffAfter(store0.changes);
    const heldAtBar = staffAfter(bar0.changes);
    const list = (await call('GET', `/api/v1/organisations/${ORG}/members`, undefined, owner)).body as { members: { id: string; userId: string; channelId: string | null }[] };
    const membership = (userId: string, channelId: string) => list.members.find((m) => m.userId === userId && m.channelId === channelId)!.id;

    // Dana's bar role is removed: the bar's till drops her, the store's keeps her as manager.
    expect((await call('DELETE', `/api/v1/organisations/${ORG}/members/${membership(people.dana.userId, BAR)}`, undefined, owner)).status).toBe(204);
    const barAfterRemoval = await pullAll(barTill, bar0.cursor);
    expect(barAfterRemoval.changes).toContainEqual(expect.objectContaining({ entity: 'staff', id: people.dana.staffId, op: 'delete' }));
    expect(staffAfter(barAfterRemoval.changes, heldAtBar).has(people.dana.staffId)).toBe(false);
    const storeAfterRemoval = await pullAll(storeTill, store0.cursor);
    expect(staffAfter(storeAfterRemoval.changes, heldAtStore).get(people.dana.staffId)).toMatchObject({ role: 'manager' });
    expect(await refundWithoutReceipt(barTill, 22, people.dana.staffId)).toMatchObject({ status: 'rejected', code: 'UNKNOWN_ACTOR' });

    // Sam moves from the store (cashier) to the bar (manager): the store's till drops him, the bar's gets him.
    expect((await call('PATCH', `/api/v1/organisations/${ORG}/members/${membership(people.sam.userId, STORE)}`, { role: 'manager', channelId: BAR }, owner)).status).toBe(200);
    const storeAfterMove = await pullAll(storeTill, storeAfterRemoval.cursor);
    expect(storeAfterMove.changes).toContainEqual(expect.objectContaining({ entity: 'staff', id: people.sam.staffId, op: 'delete' }));
    expect(staffAfter(storeAfterMove.changes, heldAtStore).has(people.sam.staffId)).toBe(false);
    const barAfterMove = await pullAll(barTill, barAfterRemoval.cursor);
    expect(staffAfter(barAfterMove.changes).get(people.sam.staffId)).toMatchObject({ role: 'manager' });
    expect(await refundWithoutReceipt(barTill, 23, people.sam.staffId)).toMatchObject({ status: 'applied' });
  });
});
