import { describe, expect, test } from 'vitest';
import { HardwareError } from './errors';
import { FakeSerialPort } from './testing/fake-serial-port';
import { ManualTimer } from './testing/manual-timer';
import { openSerialPrinter, requestSerialPort } from './web-serial-transport';

const receipt = Uint8Array.from({ length: 3000 }, (_, i) => i % 256);
const codeOf = (p: Promise<unknown>) => p.then(() => 'none', (e: unknown) => (e instanceof HardwareError ? e.code : 'other'));

describe('Web Serial printer', () => {
  test('opens the port at 9600 8N1 and sends a whole receipt in one write', async () => {
    const port = new FakeSerialPort();
    const printer = await openSerialPrinter(port);
    await printer.write(receipt);
    expect(port.openedWith).toMatchObject({ baudRate: 9600, dataBits: 8, stopBits: 1, parity: 'none', flowControl: 'none' });
    expect(port.writes).toHaveLength(1);
    expect(port.writes[0]).toEqual(receipt);
    expect(printer).toMatchObject({ kind: 'web-serial', name: 'USB serial 04b8:0e28' });
  });

  test('a port that is already open is used as it is', async () => {
    const port = new FakeSerialPort();
    await port.open({ baudRate: 38400 });
    const printer = await openSerialPrinter(port, { baudRate: 9600 });
    await printer.write(Uint8Array.of(0x1b, 0x40));
    expect(port.openedWith?.baudRate).toBe(38400);
  });

  test('a port another program holds is DEVICE_BUSY, with a sentence for the cashier', async () => {
    const port = new FakeSerialPort();
    port.openError = new DOMException('Failed to open serial port.', 'NetworkError');
    const error = await openSerialPrinter(port).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HardwareError);
    expect(error).toMatchObject({ code: 'DEVICE_BUSY' });
    expect((error as HardwareError).message).toMatch(/in use by the operating system, another program or another tab/);
  });

  test('a write to a closed or failing port rejects with a code, never hangs', async () => {
    const port = new FakeSerialPort();
    const printer = await openSerialPrinter(port);
    port.writeError = new DOMException('The device has been lost.', 'NetworkError');
    expect(await codeOf(printer.write(receipt))).toBe('WRITE_FAILED');
    await port.close();
    expect(await codeOf(printer.write(receipt))).toBe('DISCONNECTED');
  });

  test.each([
    [0x12, { online: true, paper: 'ok' }],
    [0x1e, { online: true, paper: 'near-end' }],
    [0x72, { online: false, paper: 'out' }],
  ])('reads the paper sensor with DLE EOT 4: answer %s', async (answer, expected) => {
    const port = new FakeSerialPort();
    port.respond = (written) => (written[0] === 0x10 && written[1] === 0x04 && written[2] === 0x04 ? Uint8Array.of(answer) : null);
    const printer = await openSerialPrinter(port);
    expect(await printer.status?.()).toEqual(expected);
    expect(port.writes[0]).toEqual(Uint8Array.of(0x10, 0x04, 0x04));
    // The reader is released again: the port can still be read and written afterwards.
    await printer.write(Uint8Array.of(0x0a));
    expect(port.readable?.locked).toBe(false);
  });

  test('a printer that never answers has unknown status once the timeout passes', async () => {
    const timer = new ManualTimer();
    const port = new FakeSerialPort();
    const printer = await openSerialPrinter(port, { timer, statusTimeoutMs: 500 });
    const status = printer.status?.();
    await timer.advance(500);
    expect(await status).toEqual({ online: true, paper: 'unknown' });
  });

  test('status is not asked of printers that do not speak DLE EOT', async () => {
    const port = new FakeSerialPort();
    const printer = await openSerialPrinter(port, { statusQuery: false });
    expect(await printer.status?.()).toEqual({ online: true, paper: 'unknown' });
    expect(port.writes).toHaveLength(0);
  });

  test('closing the picker without choosing is NO_DEVICE_CHOSEN', async () => {
    const serial = { requestPort: () => Promise.reject(new DOMException('No port selected by the user.', 'NotFoundError')) };
    expect(await codeOf(requestSerialPort(serial))).toBe('NO_DEVICE_CHOSEN');
  });
});
