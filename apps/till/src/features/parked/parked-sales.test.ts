import { MutationRejected, type DraftRecord } from '@tillsafe/sync';
import { afterEach, expect, test } from 'vitest';
import type { TillDb } from '../../db/till-db';
import { cashier, enrolment, lager, pairedDb } from '../../test-support/fixtures';
import { discardDraft, loadParked, parkCart, resumeDraft, type ParkableCart } from './parked-sales';

let db: TillDb | undefined;
afterEach(async () => {
  await db?.delete();
});

const cart: ParkableCart = {
  lines: [
    { lineId: '0190a0e0-0000-7000-8000-000000001101', productId: lager.id, packId: lager.packs[1]!.id, qty: 2, notes: 'cold', manualDiscount: null },
    { lineId: '0190a0e0-0000-7000-8000-000000001102', productId: lager.id, packId: lager.packs[0]!.id, qty: 1, notes: '', manualDiscount: { kind: 'percent', bp: 500, reason: null } },
  ],
  cartDiscount: null,
  customerId: null,
};

/** A draft another till of the channel parked, as a pull stores it. */
const pulled = (id: string, parkedAt: string, overrides: Partial<DraftRecord> = {}): DraftRecord => ({
  id,
  channelId: enrolment.channelId,
  label: 'Table 9',
  lines: cart.lines,
  cartDiscount: null,
  customerId: null,
  parkedBy: cashier.id,
  parkedOn: '0190a0e0-0000-7000-8000-00000000e002',
  parkedAt,
  status: 'parked',
  closedBy: null,
  closedOn: null,
  closedAt: null,
  ...overrides,
});

test('parking stores the cart as a draft of the channel, offline, and waits in the outbox', async () => {
  db = await pairedDb();
  const at = Date.parse('2026-11-21T10:15:00.000Z');
  const { draftId } = await parkCart(db, cart, '  Table 4 ', () => at);
  expect(await loadParked(db, enrolment.channelId)).toEqual([
    expect.objectContaining({ id: draftId, label: 'Table 4', lines: cart.lines, parkedBy: cashier.id, parkedOn: enrolment.deviceId, parkedAt: '2026-11-21T10:15:00.000Z', status: 'parked' }),
  ]);
  expect((await db.outbox.toArray()).map((m) => [m.name, (m.args as { draftId: string }).draftId])).toEqual([['draft.park', draftId]]);
});

test('the Parked list holds the channel’s parked drafts from any till, the latest first, and not those resumed, discarded or of another channel', async () => {
  db = await pairedDb();
  await db.drafts.bulkPut([
    pulled('0190a0e0-0000-7000-8000-00000000d701', '2026-11-21T09:00:00.000Z'),
    pulled('0190a0e0-0000-7000-8000-00000000d702', '2026-11-21T09:30:00.000Z'),
    pulled('0190a0e0-0000-7000-8000-00000000d703', '2026-11-21T09:40:00.000Z', { status: 'resumed' }),
    pulled('0190a0e0-0000-7000-8000-00000000d704', '2026-11-21T09:50:00.000Z', { channelId: '0190a0e0-0000-7000-8000-00000000c002' }),
  ]);
  await discardDraft(db, '0190a0e0-0000-7000-8000-00000000d701');
  expect((await loadParked(db, enrolment.channelId)).map((d) => d.id)).toEqual(['0190a0e0-0000-7000-8000-00000000d702']);
});

test('resuming takes the draft for this till and gives back its lines; a second resume is refused on the till already', async () => {
  db = await pairedDb();
  const draft = pulled('0190a0e0-0000-7000-8000-00000000d711', '2026-11-21T09:00:00.000Z');
  await db.drafts.put({ ...draft, version: { [draft.parkedOn]: 1 } });
  expect(await resumeDraft(db, draft.id)).toEqual({ ...draft, status: 'resumed', closedBy: cashier.id, closedOn: enrolment.deviceId, closedAt: expect.any(String) as string });
  expect(await loadParked(db, enrolment.channelId)).toEqual([]);
  const outbox = await db.outbox.toArray();
  expect(outbox.map((m) => [m.name, m.base])).toEqual([['draft.resume', { [`draft:${draft.id}`]: { [draft.parkedOn]: 1 } }]]);
  await expect(discardDraft(db, draft.id)).rejects.toThrow(MutationRejected);
  await expect(resumeDraft(db, '0190a0e0-0000-7000-8000-00000000d7ff')).rejects.toMatchObject({ code: 'UNKNOWN_DRAFT' });
});
