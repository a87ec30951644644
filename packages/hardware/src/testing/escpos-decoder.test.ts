import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { bytesFromDump, decodeEscPos, dumpEscPos, printedLines } from './escpos-decoder';

/** Hand-written bytes, straight from the ESC/POS reference, so the decoder is checked on its own. */
const sample = Uint8Array.of(
  0x1b, 0x70, 0x00, 0x19, 0xfa, // drawer pulse
  0x1b, 0x40, // init
  0x1b, 0x74, 0x13, // cp858
  0x1b, 0x61, 0x01, // center
  0x1b, 0x45, 0x01, 0x52, 0x6f, 0x73, 0x82, 0x20, 0xd5, 0x1b, 0x45, 0x00, 0x0a, // bold "Rosé €"
  0x1d, 0x6b, 0x49, 0x04, 0x7b, 0x43, 0x0c, 0x22, // CODE128 set C "1234"
  0x0a,
  0x1d, 0x28, 0x6b, 0x06, 0x00, 0x31, 0x50, 0x30, 0x61, 0x62, 0x63, // QR store "abc"
  0x1d, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x51, 0x30, // QR print
  0x0a,
  0x54, 0x4f, 0x54, 0x41, 0x4c, 0x20, 0x34, 0x32, 0x2e, 0x35, 0x30, 0x0a, // TOTAL 42.50
  0x1d, 0x56, 0x42, 0x03, // feed 3 and partial cut
);

describe('ESC/POS test decoder', () => {
  test('decodes commands and text in the active code page', () => {
    const commands = decodeEscPos(sample).map((c) => {
      const plain: Partial<typeof c> = { ...c };
      delete plain.offset;
      delete plain.bytes;
      return plain;
    });
    expect(commands).toEqual([
      { type: 'pulse', pin: 2, onMs: 50, offMs: 500 },
      { type: 'init' },
      { type: 'codepage', page: 19, name: 'cp858' },
      { type: 'align', align: 'center' },
      { type: 'bold', on: true },
      { type: 'text', text: 'Rosé €' },
      { type: 'bold', on: false },
      { type: 'newline' },
      { type: 'barcode', symbology: 'code128', data: '1234' },
      { type: 'newline' },
      { type: 'qr-store', data: 'abc' },
      { type: 'qr-print', data: 'abc' },
      { type: 'newline' },
      { type: 'text', text: 'TOTAL 42.50' },
      { type: 'newline' },
      { type: 'cut', partial: true, feed: 3 },
    ]);
  });

  test('text lines skip the feeds that only end a barcode or QR code', () => {
    expect(printedLines(sample)).toEqual(['Rosé €', 'TOTAL 42.50']);
  });

  test('any bytes survive the golden listing and come back identical', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        expect(Array.from(bytesFromDump(dumpEscPos(bytes)))).toEqual(Array.from(bytes));
      }),
    );
  });
});
