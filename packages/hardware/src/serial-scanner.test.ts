import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { HardwareError } from './errors';
import { listenToSerialScanner, ScanParser } from './serial-scanner';
import { FakeSerialPort } from './testing/fake-serial-port';
import { settle } from './testing/manual-timer';

const ascii = (text: string) => new TextEncoder().encode(text);

describe('serial scanner parser', () => {
  test('codes split anywhere across chunks come out whole, whatever the terminator', () => {
    const code = fc.stringMatching(/^[0-9A-Za-z-]{1,40}$/);
    const terminator = fc.constantFrom('\r', '\n', '\r\n');
    fc.assert(
      fc.property(fc.array(fc.tuple(code, terminator), { minLength: 1, maxLength: 20 }), fc.array(fc.nat(), { maxLength: 30 }), (scans, cuts) => {
        const stream = ascii(scans.map(([c, t]) => c + t).join(''));
        const points = [...new Set(cuts.map((c) => c % (stream.length + 1)))].sort((a, b) => a - b);
        const parser = new ScanParser();
        const out: string[] = [];
        let from = 0;
        for (const point of [...points, stream.length]) {
          out.push(...parser.push(stream.slice(from, point)));
          from = point;
        }
        expect(out).toEqual(scans.map(([c]) => c));
      }),
    );
  });

  test('CR LF ends a code once, blank lines give nothing and STX/ETX framing is dropped', () => {
    const parser = new ScanParser();
    expect(parser.push(ascii('\x024006381333931\x03\r\n\r\n\n5449000000996\r'))).toEqual(['4006381333931', '5449000000996']);
  });

  test('a run longer than the limit is thrown away up to the next terminator, then scanning goes on', () => {
    const discarded: string[] = [];
    const parser = new ScanParser({ maxLength: 16, onDiscarded: (why) => discarded.push(why) });
    expect(parser.push(ascii(`${'X'.repeat(40)}\r\n4006381333931\r\n`))).toEqual(['4006381333931']);
    expect(discarded).toEqual(['too-long']);
  });

  test('a sale code scanned from a receipt comes through untouched', () => {
    const parser = new ScanParser();
    expect(parser.push(ascii('0002095775265155116961813845461123943003\r'))).toEqual(['0002095775265155116961813845461123943003']);
  });
});

describe('listening to a serial scanner', () => {
  test('opens the port and reports each code as it arrives', async () => {
    const port = new FakeSerialPort({ usbVendorId: 0x05e0, usbProductId: 0x1701 });
    const codes: string[] = [];
    const listener = await listenToSerialScanner(port, (c) => codes.push(c));
    expect(port.openedWith?.baudRate).toBe(9600);
    port.push(ascii('40063813'));
    port.push(ascii('33931\r\n54490'));
    await settle();
    expect(codes).toEqual(['4006381333931']);
    port.push(ascii('00000996\r\n'));
    await settle();
    expect(codes).toEqual(['4006381333931', '5449000000996']);
    await listener.stop();
    expect(port.readable?.locked).toBe(false);
  });

  test('a line error (break) is survived; unplugging ends listening with DISCONNECTED', async () => {
    const port = new FakeSerialPort();
    const codes: string[] = [];
    const errors: HardwareError[] = [];
    const listener = await listenToSerialScanner(port, (c) => codes.push(c), { onError: (e) => errors.push(e) });
    port.failReadable(new DOMException('Break received', 'BreakError'));
    await settle();
    port.push(ascii('123\r'));
    await settle();
    expect(codes).toEqual(['123']);
    port.failReadable(new DOMException('The device has been lost.', 'NetworkError'));
    await listener.done;
    expect(errors.map((e) => e.code)).toEqual(['DISCONNECTED']);
  });
});
