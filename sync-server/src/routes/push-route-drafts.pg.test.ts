import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import { draftRecordSchema, uuidv7, type ChangeV2, type DraftParkArgs, type EnrollResponse } from '@tillsafe/sync';
import { drafts, mutationLog } from '../db/schema';
import { DEMO } from '../seed/demo-organisation';
import { ensureDemoPairingCodes } from '../seed/seed-demo';
import { unrestricted } from '../testing/sale-v2-args';
import { DRIVERS, enrollTill, envelope, pullAllChanges, push, startTestServer, STORE_CODE, type TestServer } from '../testing/test-server';

const BARTENDER_ID = DEMO.staff.find((s) => s.role === 'bartender')!.id;

describe.each(DRIVERS)('parked sales through sync push and pull on %s', (kind) => {
  let server: TestServer;
  let barCode: string;
  const seqs = new Map<string, number>();
  beforeAll(async () => {
    server = await startTestServer(kind);
    const codes = await ensureDemoPairingCodes(server.database.db, STORE_CODE);
    barCode = codes.find((c) => c.channel === DEMO.bar.channel.name)!.code;
  });
  afterAll(() => server.close());

  /** Pushes mutations from a till, numbering them after its earlier ones. */
  async function send(till: EnrollResponse, ...mutations: { name: string; args: unknown; actorId?: string }[]) {
    const first = (seqs.get(till.deviceId) ?? 0) + 1;
    seqs.set(till.deviceId, first + mutations.length - 1);
    const res = await push(server, till, mutations.map((m, i) => envelope(first + i, m.name, m.args, m.actorId)));
    expect(res.status).toBe(200);
    return (res.body as { results: { status: string; code?: string; message?: string }[]; corrections?: ChangeV2[] });
  }

  const pullAll = (till: EnrollResponse, protocolVersion: number) => pullAllChanges(server, till, protocolVersion);
  const draftsIn = (changes: readonly ChangeV2[]) => changes.filter((c) => c.entity === 'draft');

  const park = (label = 'Table 4'): DraftParkArgs => ({
    draftId: uuidv7(),
    label,
    lines: [
      { lineId: uuidv7(), productId: unrestricted[0]!.id, packId: unrestricted[0]!.packs[0]!.id, qty: 2, notes: 'no ice', manualDiscount: null },
      { lineId: uuidv7(), productId: unrestricted[1]!.id, packId: unrestricted[1]!.packs[0]!.id, qty: 1, notes: '', manualDiscount: { kind: 'percent', bp: 500, reason: null } },
    ],
    cartDiscount: null,
    customerId: null,
    parkedAt: '2026-11-21T09:30:00.000Z',
  });

  test('a draft parked on one till reaches the other tills of its channel, with its version, and no till of another channel', async () => {
    const [a, b] = [await enrollTill(server), await enrollTill(server)];
    const bar = await enrollTill(server, barCode);
    const args = park();
    expect((await send(a, { name: 'draft.park', args })).results).toEqual([expect.objectContaining({ status: 'applied' })]);

    const [row] = await server.database.db.select().from(drafts).where(eq(drafts.id, args.draftId));
    expect(row).toMatchObject({ tenantId: DEMO.tenant.id, channelId: DEMO.store.channel.id, status: 'parked', parkedOn: a.deviceId, label: 'Table 4' });

    const pulled = draftsIn(await pullAll(b, 3)).filter((c) => c.id === args.draftId);
    expect(pulled).toHaveLength(1);
    expect(pulled[0]!.version).toEqual({ [a.deviceId]: 1 });
    expect(draftRecordSchema.parse(pulled[0]!.data)).toMatchObject({ lines: args.lines, parkedAt: args.parkedAt, parkedBy: envelope(1, '', {}).actorId, status: 'parked' });
    expect(draftsIn(await pullAll(bar, 3))).toEqual([]);
  });

  test('pulls of protocol 1 and 2 never carry parked sales, so an older till still parses its pages', async () => {
    const till = await enrollTill(server);
    await send(till, { name: 'draft.park', args: park('old tills must not see this') });
    expect(draftsIn(await pullAll(till, 3)).length).toBeGreaterThan(0);
    for (const protocolVersion of [1, 2]) {
      const changes = await pullAll(till, protocolVersion);
      expect(draftsIn(changes), `protocol ${protocolVersion}`).toEqual([]);
      expect(changes.length, `protocol ${protocolVersion}`).toBeGreaterThan(0);
    }
  });

  test('two tills resume one draft: the first takes it, the second is refused with DRAFT_ALREADY_RESUMED and gets the draft back as the server has it', async () => {
    const [a, b, c] = [await enrollTill(server), await enrollTill(server), await enrollTill(server)];
    const args = park('Ada');
    await send(a, { name: 'draft.park', args });
    expect((await send(b, { name: 'draft.resume', args: { draftId: args.draftId }, actorId: BARTENDER_ID })).results).toEqual([expect.objectContaining({ status: 'applied' })]);
    const second = await send(c, { name: 'draft.resume', args: { draftId: args.draftId } });
    expect(second.results).toEqual([expect.objectContaining({ status: 'rejected', code: 'DRAFT_ALREADY_RESUMED', message: 'The parked sale "Ada" was already resumed on another till.' })]);
    expect(second.corrections?.map((ch) => [ch.entity, ch.id, (ch.data as { status: string }).status])).toEqual([['draft', args.draftId, 'resumed']]);

    const [row] = await server.database.db.select().from(drafts).where(eq(drafts.id, args.draftId));
    expect(row).toMatchObject({ status: 'resumed', closedOn: b.deviceId, closedBy: BARTENDER_ID });
    expect(row?.closedAt).toBeInstanceOf(Date);
    const logged = await server.database.db.select().from(mutationLog).where(eq(mutationLog.deviceId, c.deviceId));
    expect(logged.map((l) => [l.name, l.status, l.code])).toEqual([['draft.resume', 'rejected', 'DRAFT_ALREADY_RESUMED']]);
  });

  test('a discarded draft is discarded for every till; resuming it then is refused with DRAFT_DISCARDED', async () => {
    const [a, b] = [await enrollTill(server), await enrollTill(server)];
    const args = park('');
    await send(a, { name: 'draft.park', args }, { name: 'draft.discard', args: { draftId: args.draftId } });
    expect((await send(b, { name: 'draft.resume', args: { draftId: args.draftId } })).results).toEqual([expect.objectContaining({ status: 'rejected', code: 'DRAFT_DISCARDED' })]);
    const pulled = draftsIn(await pullAll(b, 3)).find((ch) => ch.id === args.draftId);
    expect(draftRecordSchema.parse(pulled?.data)).toMatchObject({ status: 'discarded', closedOn: a.deviceId });
  });

  test('a till of another channel cannot resume or discard a draft it cannot see', async () => {
    const store = await enrollTill(server);
    const bar = await enrollTill(server, barCode);
    const args = park();
    await send(store, { name: 'draft.park', args });
    const refused = await send(bar, { name: 'draft.resume', args: { draftId: args.draftId } }, { name: 'draft.discard', args: { draftId: args.draftId } });
    expect(refused.results.map((r) => r.code)).toEqual(['UNKNOWN_DRAFT', 'UNKNOWN_DRAFT']);
    // The bar till's correction for a draft of another channel is a delete: it may not see it.
    expect(refused.corrections).toEqual([expect.objectContaining({ entity: 'draft', id: args.draftId, op: 'delete' })]);
    const [row] = await server.database.db.select().from(drafts).where(eq(drafts.id, args.draftId));
    expect(row?.status).toBe('parked');
  });
});
