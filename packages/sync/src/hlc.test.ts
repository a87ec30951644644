import { expect, test } from 'vitest';
import fc from 'fast-check';
import { compareHlc, formatHlc, parseHlc, receiveHlc, tickHlc } from './hlc';
import { uuidv7 } from './ids';

test('a clock that goes backwards still produces increasing timestamps', () => {
  let h = { wall: 1000, counter: 0, node: 'a' };
  const seen = [h];
  for (const now of [999, 500, 1000, 1001, 10]) {
    h = tickHlc(h, now);
    seen.push(h);
  }
  for (let i = 1; i < seen.length; i++) expect(compareHlc(seen[i - 1]!, seen[i]!)).toBeLessThan(0);
});

test('receiving a timestamp moves the clock past it', () => {
  fc.assert(
    fc.property(fc.nat(1e12), fc.nat(1000), fc.nat(1e12), fc.nat(1e12), (rw, rc, lw, now) => {
      const remote = { wall: rw, counter: rc, node: 'r' };
      const next = receiveHlc({ wall: lw, counter: 0, node: 'l' }, remote, now);
      expect(compareHlc({ ...remote, node: 'l' }, next)).toBeLessThan(0);
    }),
  );
});

test('a clock stuck behind its last timestamp for more events than the counter holds still gives increasing timestamps that parse', () => {
  let h = { wall: 5000, counter: 99_990, node: 'a' };
  let text = formatHlc(h);
  for (let i = 0; i < 20; i++) {
    h = i % 2 ? tickHlc(h, 10) : receiveHlc(h, { wall: h.wall, counter: 99_999, node: 'b' }, 10);
    const next = formatHlc(h);
    expect(next > text).toBe(true);
    expect(parseHlc(next)).toEqual(h);
    text = next;
  }
});

test('timestamps a clock makes sort as text in the order they were made, whatever its wall clock does', () => {
  const event = fc.oneof(fc.record({ tick: fc.nat(20) }), fc.record({ wall: fc.nat(20), counter: fc.constantFrom(0, 99_998, 99_999) }));
  fc.assert(
    fc.property(fc.array(event, { maxLength: 60 }), (events) => {
      let h = { wall: 10, counter: 99_997, node: 'a' };
      for (const e of events) {
        const next = 'tick' in e ? tickHlc(h, e.tick) : receiveHlc(h, { ...e, node: 'b' }, 0);
        expect(formatHlc(next) > formatHlc(h)).toBe(true);
        expect(parseHlc(formatHlc(next))).toEqual(next);
        h = next;
      }
    }),
    { seed: 20261120 },
  );
});

test('an HLC survives formatting and sorts as text', () => {
  const a = { wall: 1700000000000, counter: 3, node: 'dev-1' };
  const b = { wall: 1700000000000, counter: 12, node: 'dev-1' };
  expect(parseHlc(formatHlc(a))).toEqual(a);
  expect(formatHlc(a) < formatHlc(b)).toBe(true);
});

test('uuid v7 ids are valid and sort by time', () => {
  const a = uuidv7(1000);
  const b = uuidv7(2000);
  expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  expect(a < b).toBe(true);
});

test('uuid v7 ids made in the same millisecond sort in the order they were made', () => {
  const ids = Array.from({ length: 3000 }, () => uuidv7(5000));
  for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  // The sequence starts below 2,048, so at least 2,048 ids of one millisecond keep their order.
  const kept = ids.slice(0, 2048);
  expect([...kept].sort()).toEqual(kept);
  expect(new Set(ids).size).toBe(ids.length);
});
