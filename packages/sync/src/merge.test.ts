import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { formatHlc } from './hlc';
import { compareStamps, mergeFields, type WriteStamp } from './merge';
import { mergeVersions, versionDominates, type Stored } from './record-store';
import type { VersionVector } from './wire';

interface Doc {
  name: string;
  qty: number;
  notes: string;
  voided: boolean;
}

const A = 'device-a';
const B = 'device-b';
const hlc = (wall: number, node: string, counter = 0) => formatHlc({ wall, counter, node });
const stamp = (node: string, seq: number, wall: number, base?: VersionVector): WriteStamp => ({ node, seq, hlc: hlc(wall, node), base });

const created: Stored<Doc> = mergeFields<Doc>('tabLine', 'r1', undefined, { name: 'Lager', qty: 1, notes: '', voided: false }, stamp('server', 1, 1000)).stored;

describe('per-field last writer wins', () => {
  test('a newer stamp takes the field, an older one does not', () => {
    const newer = mergeFields('tabLine', 'r1', created, { qty: 2 }, stamp(A, 1, 2000)).stored;
    expect(newer.data.qty).toBe(2);
    expect(newer.meta.fields.qty).toEqual({ node: A, seq: 1, hlc: hlc(2000, A) });

    const older = mergeFields('tabLine', 'r1', newer, { qty: 5 }, stamp(B, 1, 1500));
    expect(older.stored.data.qty).toBe(2);
    expect(older.stored.meta.fields.qty).toEqual(newer.meta.fields.qty);
    expect(older.changed).toBe(false);
  });

  test('only the fields a write names are touched', () => {
    const merged = mergeFields('tabLine', 'r1', created, { notes: 'no ice' }, stamp(A, 1, 2000)).stored;
    expect(merged.data).toEqual({ ...created.data, notes: 'no ice' });
    expect(merged.meta.fields.qty).toEqual(created.meta.fields.qty);
  });

  test('equal HLCs are ordered by device id', () => {
    const same = 5000;
    const byA = { hlc: formatHlc({ wall: same, counter: 0, node: 'x' }), node: A, seq: 9 };
    const byB = { hlc: byA.hlc, node: B, seq: 1 };
    expect(compareStamps(byA, byB)).toBeLessThan(0);
    const first = mergeFields('tabLine', 'r1', created, { qty: 3 }, { ...byB }).stored;
    expect(mergeFields('tabLine', 'r1', first, { qty: 7 }, { ...byA }).stored.data.qty).toBe(3);
  });

  test('the same writes in any order give the same record', () => {
    const write = fc.record({
      node: fc.constantFrom(A, B, 'device-c'),
      wall: fc.integer({ min: 1001, max: 1010 }),
      counter: fc.nat(2),
      patch: fc.record({ name: fc.constantFrom('Lager', 'Pils', 'Red'), qty: fc.integer({ min: 1, max: 9 }), notes: fc.constantFrom('', 'lime') }, { requiredKeys: [] }),
    });
    fc.assert(
      fc.property(
        fc.array(write, { maxLength: 12 }).chain((writes) => fc.tuple(fc.constant(writes), fc.shuffledSubarray(writes.map((_, i) => i), { minLength: writes.length }))),
        ([writes, order]) => {
          // Each device numbers its own writes, so every write has its own (node, seq) dot.
          const seqs = new Map<string, number>();
          const stamped = writes.map((w) => {
            const seq = (seqs.get(w.node) ?? 0) + 1;
            seqs.set(w.node, seq);
            return { patch: w.patch, stamp: { node: w.node, seq, hlc: formatHlc({ wall: w.wall, counter: w.counter, node: w.node }) } };
          });
          const apply = (indices: readonly number[]) => indices.reduce((rec, i) => mergeFields('tabLine', 'r1', rec, stamped[i]!.patch, stamped[i]!.stamp).stored, created);
          expect(apply(order)).toEqual(apply(stamped.map((_, i) => i)));
        },
      ),
      { seed: 20261120, numRuns: 300 },
    );
  });
});

describe('concurrent edits', () => {
  const byA = mergeFields('tabLine', 'r1', created, { qty: 2 }, stamp(A, 4, 2000)).stored;

  test('an edit by a device that had not seen the last write, with a different value, keeps both as a conflict', () => {
    const merged = mergeFields('tabLine', 'r1', byA, { qty: 3 }, stamp(B, 1, 2500, { server: 1 }));
    expect(merged.stored.data.qty).toBe(3);
    expect(merged.conflicts).toHaveLength(1);
    expect(merged.conflicts[0]).toMatchObject({
      entity: 'tabLine',
      recordId: 'r1',
      field: 'qty',
      kept: { value: 3, stamp: { node: B, seq: 1 } },
      lost: { value: 2, stamp: { node: A, seq: 4 } },
    });
  });

  test('the conflict keeps the newer value whichever write arrives last', () => {
    const older = mergeFields('tabLine', 'r1', byA, { qty: 3 }, stamp(B, 1, 1500, { server: 1 }));
    expect(older.stored.data.qty).toBe(2);
    expect(older.conflicts[0]).toMatchObject({ kept: { value: 2 }, lost: { value: 3 } });
  });

  test('an edit made after seeing the last write (its base has that dot) is causal: no conflict', () => {
    const merged = mergeFields('tabLine', 'r1', byA, { qty: 3 }, stamp(B, 1, 2500, { server: 1, [A]: 4 }));
    expect(merged.stored.data.qty).toBe(3);
    expect(merged.conflicts).toEqual([]);
  });

  test('a concurrent edit to the same value, or to another field, is no conflict', () => {
    expect(mergeFields('tabLine', 'r1', byA, { qty: 2 }, stamp(B, 1, 2500, { server: 1 })).conflicts).toEqual([]);
    expect(mergeFields('tabLine', 'r1', byA, { notes: 'lime' }, stamp(B, 1, 2500, { server: 1 })).conflicts).toEqual([]);
  });

  test("a device's own later edit never conflicts with its earlier one", () => {
    expect(mergeFields('tabLine', 'r1', byA, { qty: 9 }, stamp(A, 5, 2600, { server: 1 })).conflicts).toEqual([]);
  });
});

describe('sticky values', () => {
  const voided = mergeFields('tabLine', 'r1', created, { voided: true }, stamp(A, 1, 2000)).stored;

  test('a sticky value is never overwritten, even by a newer stamp', () => {
    const later = mergeFields('tabLine', 'r1', voided, { voided: false, qty: 4 }, stamp(B, 1, 9000), { sticky: { voided: true } }).stored;
    expect(later.data.voided).toBe(true);
    expect(later.meta.fields.voided).toEqual(voided.meta.fields.voided);
    expect(later.data.qty).toBe(4);
  });

  test('a field that does not hold the sticky value merges as usual', () => {
    expect(mergeFields('tabLine', 'r1', created, { voided: true }, stamp(A, 1, 2000), { sticky: { voided: true } }).stored.data.voided).toBe(true);
  });

  test('a void and a concurrent edit give the same record in either order', () => {
    const sticky = { sticky: { voided: true } };
    const voidIt = (r: Stored<Doc>) => mergeFields('tabLine', 'r1', r, { voided: true }, stamp(A, 1, 3000), sticky).stored;
    const editIt = (r: Stored<Doc>) => mergeFields('tabLine', 'r1', r, { qty: 6 }, stamp(B, 1, 2000), sticky).stored;
    expect(voidIt(editIt(created))).toEqual(editIt(voidIt(created)));
    expect(voidIt(editIt(created)).data).toMatchObject({ voided: true, qty: 6 });
  });
});

describe('terminal writes', () => {
  test('a terminal write takes the fields it names even from a newer concurrent write, keeping the value it replaced as a conflict', () => {
    const edited = mergeFields('tabLine', 'r1', created, { notes: 'lime', qty: 2 }, stamp(A, 3, 5000)).stored;
    const closed = mergeFields('tabLine', 'r1', edited, { notes: 'closed' }, stamp(B, 1, 4000, { server: 1 }), { terminal: true });
    expect(closed.stored.data).toMatchObject({ notes: 'closed', qty: 2 });
    expect(closed.conflicts).toMatchObject([{ field: 'notes', kept: { value: 'closed' }, lost: { value: 'lime' } }]);
  });

  test('with a sticky value, the terminal write ends the same whichever order the two writes arrive in', () => {
    const options = { sticky: { voided: true }, terminal: true };
    const terminal = (r: Stored<Doc>) => mergeFields('tabLine', 'r1', r, { voided: true }, stamp(B, 1, 4000), options).stored;
    const newer = (r: Stored<Doc>) => mergeFields('tabLine', 'r1', r, { voided: false }, stamp(A, 3, 5000), { sticky: { voided: true } }).stored;
    expect(terminal(newer(created)).data.voided).toBe(true);
    expect(newer(terminal(created)).data.voided).toBe(true);
  });
});

describe('version vectors', () => {
  const vector = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'server'), fc.nat(20));

  test('merge by taking the max of every entry: commutative, associative, idempotent', () => {
    fc.assert(
      fc.property(vector, vector, vector, (x, y, z) => {
        expect(mergeVersions(x, y)).toEqual(mergeVersions(y, x));
        expect(mergeVersions(mergeVersions(x, y), z)).toEqual(mergeVersions(x, mergeVersions(y, z)));
        expect(mergeVersions(x, x)).toEqual(x);
        const merged = mergeVersions(x, y);
        for (const node of new Set([...Object.keys(x), ...Object.keys(y)])) expect(merged[node]).toBe(Math.max(x[node] ?? 0, y[node] ?? 0));
        expect(versionDominates(merged, x) && versionDominates(merged, y)).toBe(true);
      }),
      { seed: 20261120 },
    );
  });

  test("a write adds its dot to the record's version", () => {
    const merged = mergeFields('tabLine', 'r1', created, { qty: 2 }, stamp(A, 7, 2000)).stored;
    expect(merged.meta.version).toEqual({ server: 1, [A]: 7 });
    expect(mergeFields('tabLine', 'r1', merged, { qty: 1 }, stamp(A, 3, 1000)).stored.meta.version).toEqual({ server: 1, [A]: 7 });
  });

  test('a version dominates another only when it has seen every dot of it', () => {
    expect(versionDominates({ a: 2, b: 1 }, { a: 2 })).toBe(true);
    expect(versionDominates({ a: 1 }, { a: 2 })).toBe(false);
    expect(versionDominates(undefined, {})).toBe(false);
  });
});
