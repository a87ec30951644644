import { describe, expect, test } from 'vitest';
import { decodeCodepage, encodeCodepage, tableCodepages } from './codepages';

describe('code page tables', () => {
  test('every byte from 0x20 to 0xFF decodes to a character that encodes back to the same byte', () => {
    for (const page of tableCodepages) {
      for (let byte = 0x20; byte <= 0xff; byte++) {
        if (byte === 0x7f) continue;
        const char = decodeCodepage(Uint8Array.of(byte), page);
        expect(Array.from(encodeCodepage(char, page)), `${page} ${byte.toString(16)}`).toEqual([byte]);
      }
    }
  });

  test('cp858 has the euro sign where cp850 has the dotless i', () => {
    expect(Array.from(encodeCodepage('€', 'cp858'))).toEqual([0xd5]);
    expect(decodeCodepage(Uint8Array.of(0xd5), 'cp850')).toBe('ı');
    expect(Array.from(encodeCodepage('€', 'cp437'))).toEqual([0x3f]);
  });

  test('wine names encode in cp858', () => {
    expect(Array.from(encodeCodepage('Rosé Grüner Crémant', 'cp858'))).not.toContain(0x3f);
  });
});
