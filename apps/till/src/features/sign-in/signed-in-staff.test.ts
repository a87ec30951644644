import { afterEach, expect, test } from 'vitest';
import { getMeta } from '../../db/meta';
import type { TillDb } from '../../db/till-db';
import { cashier, freshDb } from '../../test-support/fixtures';
import { startSession } from './staff-session';
import { removedNotice, watchSignedInStaff, type SignedInChange } from './signed-in-staff';

let db: TillDb | undefined;
let stop: (() => void) | undefined;
afterEach(async () => {
  stop?.();
  await db?.delete();
});

/** The changes the watcher hands on, and a wait for the next one that matches. */
function watch(target: TillDb) {
  const seen: SignedInChange[] = [];
  const waiters: { match: (c: SignedInChange) => boolean; resolve: (c: SignedInChange) => void }[] = [];
  stop = watchSignedInStaff(target, (change) => {
    seen.push(change);
    for (const w of waiters.splice(0)) if (w.match(change)) w.resolve(change);
    else waiters.push(w);
  });
  const next = (match: (c: SignedInChange) => boolean) =>
    new Promise<SignedInChange>((resolve) => {
      const found = seen.find(match);
      if (found) resolve(found);
      else waiters.push({ match, resolve });
    });
  return { seen, next };
}

test('a pull that changes the signed-in person’s role hands on their new row', async () => {
  db = freshDb();
  await db.staff.put({ ...cashier });
  await startSession(db, cashier);
  const { next } = watch(db);
  await next((c) => c.kind === 'updated' && c.actor.role === 'cashier');
  await db.staff.put({ ...cashier, role: 'manager' });
  const promoted = await next((c) => c.kind === 'updated' && c.actor.role === 'manager');
  expect(promoted).toMatchObject({ kind: 'updated', actor: { id: cashier.id, role: 'manager' } });
  expect(await getMeta(db, 'session')).toMatchObject({ staffId: cashier.id });
});

test('a pull that removes the signed-in person from this store ends their session, and only theirs', async () => {
  db = freshDb();
  await db.staff.put({ ...cashier });
  await startSession(db, cashier);
  const { seen, next } = watch(db);
  await next((c) => c.kind === 'updated');
  await db.staff.delete(cashier.id);
  expect(await next((c) => c.kind === 'removed')).toEqual({ kind: 'removed', staffId: cashier.id });
  expect(await getMeta(db, 'session')).toBeUndefined();
  // Nobody signed in: another row going away signs nobody out.
  await db.staff.put({ ...cashier, id: '0192f000-0000-7000-8000-0000000000aa', name: 'Other' });
  await db.staff.delete('0192f000-0000-7000-8000-0000000000aa');
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(seen.filter((c) => c.kind === 'removed')).toHaveLength(1);
});

test('the notice names who was signed out and says their sales are kept', () => {
  expect(removedNotice('Casey Morgan')).toMatch(/^Casey Morgan no longer has a role at this store.*sales are kept/);
  expect(removedNotice(undefined)).toMatch(/^The person signed in no longer has a role/);
});
