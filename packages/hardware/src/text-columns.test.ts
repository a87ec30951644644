import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { center, printable, spread, width, wrap } from './text-columns';

const words = fc.array(fc.stringMatching(/^[a-zA-Zéüà0-9]{1,25}$/), { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));

describe('fixed-width receipt text', () => {
  test('wrapped lines never exceed the width and keep every character', () => {
    fc.assert(
      fc.property(words, fc.integer({ min: 4, max: 48 }), (text, columns) => {
        const lines = wrap(text, columns);
        for (const line of lines) expect(width(line)).toBeLessThanOrEqual(columns);
        expect(lines.join('').replaceAll(' ', '')).toBe(text.replaceAll(' ', ''));
      }),
    );
  });

  test('spread puts the amount at the right edge of the last line', () => {
    fc.assert(
      fc.property(words, fc.stringMatching(/^-?\d{1,6}\.\d\d$/), fc.constantFrom(32, 48), (left, right, columns) => {
        const lines = spread(left, right, columns);
        for (const line of lines) expect(width(line)).toBeLessThanOrEqual(columns);
        expect(lines.at(-1)?.endsWith(` ${right}`)).toBe(true);
        expect(width(lines.at(-1) ?? '')).toBe(columns);
      }),
    );
  });

  test('characters count once each, accents included (NFC)', () => {
    expect(width(printable('Rose\u0301'))).toBe(4);
    expect(center('Rosé', 10)).toBe('   Rosé');
  });

  test('typography printers lack becomes its plain equivalent', () => {
    expect(printable('Mix 6 wines −10% – “Crémant” d’Alsace…\u202f€ 2×')).toBe('Mix 6 wines -10% - "Crémant" d\'Alsace... € 2x');
    expect(printable('a\tb\u0007c')).toBe('a bc');
  });
});
