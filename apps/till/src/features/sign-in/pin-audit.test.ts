import { afterEach, expect, test } from 'vitest';
import { hashPin } from '@tillsafe/domain';
import { uuidv7 } from '@tillsafe/sync';
import { deleteMeta, getMeta, setMeta } from '../../db/meta';
import type { TillDb } from '../../db/till-db';
import { cashier, pairedDb } from '../../test-support/fixtures';
import { checkPin } from './pin-attempts';
import { MAX_PENDING_PIN_AUDIT, keepPinAudit, sendPinAudit } from './pin-audit';

let db: TillDb | undefined;
afterEach(async () => {
  await db?.delete();
});

const at = () => new Date('2026-11-20T09:00:00.000Z');

test('wrong PINs and sign-ins are kept while nobody is signed in, then sent as one audit.record and cleared', async () => {
  db = await pairedDb();
  const casey = { ...cashier, pinHash: await hashPin('1234', cashier.pinSalt) };
  await db.staff.put(casey);
  await deleteMeta(db, 'session');
  await checkPin(db, casey, '0000', 'sign-in', at);
  await checkPin(db, casey, '1234', 'sign-in', at);
  await checkPin(db, casey, '1234', 'manager-approval', at);
  expect((await getMeta(db, 'pinAudit'))?.map((e) => [e.kind, e.where])).toEqual([
    ['till.sign_in_failed', 'sign-in'],
    ['till.sign_in', 'sign-in'],
  ]);
  // Nobody signed in: nothing can be sent yet, and nothing is lost.
  expect(await sendPinAudit(db)).toBe(false);
  expect(await getMeta(db, 'pinAudit')).toHaveLength(2);

  await db.meta.put({ key: 'session', value: { staffId: casey.id, signedInAt: '2026-11-20T09:00:00.000Z' } });
  expect(await sendPinAudit(db)).toBe(true);
  const [entry] = await db.outbox.toArray();
  expect(entry).toMatchObject({ name: 'audit.record', actorId: casey.id });
  expect((entry?.args as { entries: { kind: string; staffId: string; at: string }[] }).entries.map((e) => [e.kind, e.staffId, e.at])).toEqual([
    ['till.sign_in_failed', casey.id, '2026-11-20T09:00:00.000Z'],
    ['till.sign_in', casey.id, '2026-11-20T09:00:00.000Z'],
  ]);
  expect(await getMeta(db, 'pinAudit')).toBeUndefined();
  expect(await sendPinAudit(db)).toBe(false);
});

test('a failed commit keeps what was waiting', async () => {
  db = await pairedDb();
  await keepPinAudit(db, { kind: 'till.sign_in', staffId: cashier.id, where: 'sign-in', at: '2026-11-20T09:00:00.000Z' });
  await expect(sendPinAudit(db, () => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
  expect(await getMeta(db, 'pinAudit')).toHaveLength(1);
});

test('what waits is capped, dropping the oldest', async () => {
  db = await pairedDb();
  const at = (i: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();
  const full = Array.from({ length: MAX_PENDING_PIN_AUDIT }, (_, i) => ({ entryId: uuidv7(), kind: 'till.sign_in_failed' as const, staffId: cashier.id, where: 'sign-in' as const, at: at(i) }));
  await setMeta(db, 'pinAudit', full);
  for (let i = 0; i < 3; i++) await keepPinAudit(db, { kind: 'till.sign_in_failed', staffId: cashier.id, where: 'sign-in', at: at(MAX_PENDING_PIN_AUDIT + i) });
  const kept = await getMeta(db, 'pinAudit');
  expect(kept).toHaveLength(MAX_PENDING_PIN_AUDIT);
  expect(kept?.[0]?.at).toBe(at(3));
  expect(kept?.at(-1)?.at).toBe(at(MAX_PENDING_PIN_AUDIT + 2));
});
