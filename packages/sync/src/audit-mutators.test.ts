import { expect, test } from 'vitest';
import { MutationRejected } from './mutator';
import { runMutation } from './mutators';
import { OverlayTx } from './overlay-tx';
import { manager, otherCashier, sellingStore } from './selling-test-fixtures';
import { context } from './test-fixtures';

const entry = (overrides: Record<string, unknown> = {}) => ({
  entryId: '0190a0e0-0000-7000-8000-0000000a0d01',
  kind: 'till.sign_in_failed',
  staffId: manager.id,
  where: 'sign-in',
  at: '2026-11-20T09:00:00.000Z',
  ...overrides,
});

async function run(args: unknown, ctx = context({ actorRole: 'driver' })) {
  const store = sellingStore();
  const tx = new OverlayTx(store);
  const outcome = await runMutation(tx, { name: 'audit.record', args }, ctx);
  await tx.flush();
  return outcome;
}

const codeOf = (p: Promise<unknown>) => p.then(() => 'none', (e: unknown) => (e instanceof MutationRejected ? e.code : 'other'));

test('any signed-in staff member may send what the PIN pad saw, and nothing is stored as a record', async () => {
  const args = { entries: [entry(), entry({ entryId: '0190a0e0-0000-7000-8000-0000000a0d02', kind: 'till.sign_in', staffId: otherCashier.id, where: 'lock-screen' })] };
  expect(await run(args)).toEqual({ status: 'applied' });
});

test('an entry naming someone outside the organisation is refused', async () => {
  expect(await codeOf(run({ entries: [entry({ staffId: '0190a0e0-0000-7000-8000-000000000bad' })] }))).toBe('UNKNOWN_ACTOR');
});

test('an unknown kind or place, or no entries at all, is invalid', async () => {
  expect(await codeOf(run({ entries: [entry({ kind: 'till.self_destruct' })] }))).toBe('VALIDATION_FAILED');
  expect(await codeOf(run({ entries: [entry({ where: 'back-door' })] }))).toBe('VALIDATION_FAILED');
  expect(await codeOf(run({ entries: [] }))).toBe('VALIDATION_FAILED');
});
