import fc from 'fast-check';
import { expect, test } from 'vitest';
import { WedgeDetector, type WedgeKey } from './keyboard-wedge';

/** Feeds `text` one key every `gap` ms from `start`, then `end`; answers what the last key was. */
function type(detector: WedgeDetector, text: string, gap: number, end = 'Enter', start = 1000): WedgeKey {
  let at = start;
  for (const key of text) {
    detector.key(key, at);
    at += gap;
  }
  return detector.key(end, at);
}

test('a code typed at scanner speed and ended with Enter or Tab is a scan', () => {
  expect(type(new WedgeDetector(), '4006381333948', 4)).toEqual({ kind: 'scan', code: '4006381333948', keys: 13 });
  expect(type(new WedgeDetector(), '40063813', 20, 'Tab')).toEqual({ kind: 'scan', code: '40063813', keys: 8 });
});

test('a person typing, however fast, is never a scan', () => {
  fc.assert(
    fc.property(fc.stringMatching(/^[0-9a-z]{1,20}$/), fc.integer({ min: 36, max: 400 }), (text, gap) => {
      expect(type(new WedgeDetector(), text, gap).kind).toBe('other');
    }),
  );
});

test('a code shorter than the shortest barcode, or a pause before Enter, is not a scan', () => {
  expect(type(new WedgeDetector(), '12345', 4).kind).toBe('other');
  const detector = new WedgeDetector();
  type(detector, '4006381333948', 4, 'Shift');
  expect(detector.key('Enter', 5000).kind).toBe('other');
});

test('a scan right after slow typing keeps only the scanned keys', () => {
  const detector = new WedgeDetector();
  ['r', 'i', 'o', 'j', 'a'].forEach((key, i) => detector.key(key, 200 * i));
  expect(type(detector, '4006381333948', 5, 'Enter', 2000)).toEqual({ kind: 'scan', code: '4006381333948', keys: 13 });
});

test('Shift for capitals does not break a scan; an arrow or Backspace does', () => {
  const detector = new WedgeDetector();
  let at = 0;
  for (const key of ['Shift', 'A', 'B', 'Shift', 'C', '1', '2', '3']) detector.key(key, (at += 3));
  expect(detector.key('Enter', (at += 3))).toEqual({ kind: 'scan', code: 'ABC123', keys: 6 });
  for (const key of ['1', '2', '3', 'Backspace', '4', '5', '6']) detector.key(key, (at += 3));
  expect(detector.key('Enter', (at += 3)).kind).toBe('other');
});

test('each printable key says how long the quick run is so far', () => {
  const detector = new WedgeDetector();
  expect(detector.key('4', 0)).toEqual({ kind: 'char', run: 1 });
  expect(detector.key('0', 5)).toEqual({ kind: 'char', run: 2 });
  expect(detector.key('0', 500)).toEqual({ kind: 'char', run: 1 });
});
