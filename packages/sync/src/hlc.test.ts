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
