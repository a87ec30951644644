import { describe, expect, test } from 'vitest';
import { formatHlc } from './hlc';
import type { MemoryRecordStore } from './memory-store';
import { MutationRejected, type MutatorContext } from './mutator';
import { runMutation } from './mutators';
import { OverlayTx } from './overlay-tx';
import type { DraftRecord } from './records';
import { beer, channel, context, seededStore, wine } from './test-fixtures';

const tillA = '0190a0e0-0000-7000-8000-00000000e00a';
const tillB = '0190a0e0-0000-7000-8000-00000000e00b';
const draftId = '0190a0e0-0000-7000-8000-00000000d7a1';
const lineId = (n: number) => `0190a0e0-0000-7000-8000-0000000022${n.toString().padStart(2, '0')}`;

function device(deviceId: string, wall: number) {
  let seq = 0;
  return (overrides: Partial<MutatorContext> = {}): MutatorContext => {
    seq += 1;
    return context({ deviceId, seq, hlc: formatHlc({ wall: wall + seq, counter: 0, node: deviceId }), ...overrides });
  };
}

async function run(store: MemoryRecordStore, name: string, args: unknown, ctx: MutatorContext) {
  const tx = new OverlayTx(store);
  const outcome = await runMutation(tx, { name, args }, ctx);
  await tx.flush();
  return outcome;
}

const parkArgs = {
  draftId,
  label: ' Table 4 ',
  lines: [
    { lineId: lineId(1), productId: beer.id, packId: beer.packs[1]!.id, qty: 2, notes: 'cold', manualDiscount: null },
    { lineId: lineId(2), productId: wine.id, packId: wine.packs[0]!.id, qty: 1, notes: '', manualDiscount: { kind: 'percent', bp: 1000, reason: 'regular' } },
  ],
  cartDiscount: { kind: 'amount', amount: 100, reason: null },
  customerId: null,
  parkedAt: '2026-11-20T09:59:00.000Z',
};

const draftOf = async (store: MemoryRecordStore) => (await store.load('draft', [draftId])).get(draftId)?.data as DraftRecord;

async function parked() {
  const store = seededStore();
  const a = device(tillA, 1_700_000_000_000);
  const b = device(tillB, 1_700_000_000_100);
  await run(store, 'draft.park', parkArgs, a());
  return { store, a, b };
}

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => (error instanceof MutationRejected ? { code: error.code, message: error.message } : error),
  );

describe('parked sales', () => {
  test('parking keeps the cart as it was, in the till’s channel, by the mutation’s actor and device', async () => {
    const { store } = await parked();
    expect(await draftOf(store)).toEqual({
      id: draftId,
      channelId: channel.id,
      label: 'Table 4',
      lines: parkArgs.lines,
      cartDiscount: parkArgs.cartDiscount,
      customerId: null,
      parkedBy: context().actorId,
      parkedOn: tillA,
      parkedAt: parkArgs.parkedAt,
      status: 'parked',
      closedBy: null,
      closedOn: null,
      closedAt: null,
    });
  });

  test('parking the same draft again is a duplicate and changes nothing', async () => {
    const { store, a } = await parked();
    const again = await run(store, 'draft.park', { ...parkArgs, label: 'other' }, a());
    expect(again).toMatchObject({ status: 'duplicate', code: 'ALREADY_EXISTS' });
    expect((await draftOf(store)).label).toBe('Table 4');
  });

  test('an empty cart, or one line twice, cannot be parked', async () => {
    const store = seededStore();
    expect(await rejection(run(store, 'draft.park', { ...parkArgs, lines: [] }, context()))).toMatchObject({ code: 'VALIDATION_FAILED' });
    const twice = [parkArgs.lines[0], parkArgs.lines[0]];
    expect(await rejection(run(store, 'draft.park', { ...parkArgs, lines: twice }, context()))).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  test('the first resume takes the draft; a second till’s resume is refused with DRAFT_ALREADY_RESUMED', async () => {
    const { store, a, b } = await parked();
    const now = '2026-11-20T10:05:00.000Z';
    expect(await run(store, 'draft.resume', { draftId }, b({ now }))).toEqual({ status: 'applied' });
    expect(await draftOf(store)).toMatchObject({ status: 'resumed', closedOn: tillB, closedAt: now });
    expect(await rejection(run(store, 'draft.resume', { draftId }, a()))).toEqual({ code: 'DRAFT_ALREADY_RESUMED', message: 'The parked sale "Table 4" was already resumed on another till.' });
    expect(await draftOf(store)).toMatchObject({ status: 'resumed', closedOn: tillB });
  });

  test('a resume the same till sends twice is a duplicate, not a refusal', async () => {
    const { store, b } = await parked();
    await run(store, 'draft.resume', { draftId }, b());
    expect(await run(store, 'draft.resume', { draftId }, b())).toMatchObject({ status: 'duplicate', code: 'ALREADY_RESUMED' });
  });

  test('a discarded draft cannot be resumed, and a resumed one cannot be discarded', async () => {
    const first = await parked();
    await run(first.store, 'draft.discard', { draftId }, first.a());
    expect(await rejection(run(first.store, 'draft.resume', { draftId }, first.b()))).toMatchObject({ code: 'DRAFT_DISCARDED' });
    expect(await run(first.store, 'draft.discard', { draftId }, first.b())).toMatchObject({ status: 'duplicate', code: 'ALREADY_DISCARDED' });
    expect((await draftOf(first.store)).status).toBe('discarded');

    const second = await parked();
    await run(second.store, 'draft.resume', { draftId }, second.a());
    expect(await rejection(run(second.store, 'draft.discard', { draftId }, second.b()))).toMatchObject({ code: 'DRAFT_ALREADY_RESUMED' });
    expect((await draftOf(second.store)).status).toBe('resumed');
  });

  test('a draft of another channel, or none, is UNKNOWN_DRAFT', async () => {
    const { store, b } = await parked();
    const elsewhere = b({ channelId: '0190a0e0-0000-7000-8000-00000000c002' });
    expect(await rejection(run(store, 'draft.resume', { draftId }, elsewhere))).toMatchObject({ code: 'UNKNOWN_DRAFT' });
    expect(await rejection(run(store, 'draft.discard', { draftId: lineId(9) }, b()))).toMatchObject({ code: 'UNKNOWN_DRAFT' });
  });

  test('parking, resuming and discarding need sale.create, which a platform admin lacks', async () => {
    const { store, b } = await parked();
    const admin = context({ actorRole: 'platform_admin' });
    expect(await rejection(run(store, 'draft.park', { ...parkArgs, draftId: lineId(8) }, admin))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await rejection(run(store, 'draft.resume', { draftId }, admin))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await rejection(run(store, 'draft.discard', { draftId }, admin))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await run(store, 'draft.resume', { draftId }, b({ actorRole: 'driver' }))).toEqual({ status: 'applied' });
  });
});
