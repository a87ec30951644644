import { HardwareError, hardwareErrorCodes, openError, pickerError, writeError } from './errors';
import { isStatusByte, PAPER_STATUS_REQUEST, parsePaperSensor } from './printer-status';
import { systemTimer, TIMED_OUT, withTimeout, type Timer } from './timers';
import { ownBuffer, unknownStatus, type PrinterStatus, type PrinterTransport } from './transport';

/**
 * Printers and other serial devices over Web Serial (navigator.serial): RS-232 printers through
 * a USB adapter, USB printers that show up as a virtual COM port, Bluetooth SPP printers. The
 * same code drives the serial-over-WebUSB polyfill on Android (serial-polyfill.ts), which is why
 * it takes the few members of SerialPort it uses rather than the DOM class.
 */
export type SerialPortLike = Pick<SerialPort, 'open' | 'close' | 'readable' | 'writable' | 'getInfo'>;

export interface SerialPrinterOptions {
  /** Most receipt printers ship at 9600 or 38400 baud; a USB virtual COM port ignores it. */
  baudRate?: number;
  /** "hardware" (RTS/CTS) stops a slow printer's buffer overflowing on long receipts with logos. */
  flowControl?: FlowControlType;
  /** Ask for paper status with DLE EOT (ESC/POS printers); off for Star and unknown printers. */
  statusQuery?: boolean;
  statusTimeoutMs?: number;
  timer?: Timer;
  name?: string;
}

const hex4 = (n: number | undefined) => (n ?? 0).toString(16).padStart(4, '0');

export function serialPortName(port: Pick<SerialPort, 'getInfo'>): string {
  const info = port.getInfo();
  return info.usbVendorId === undefined ? 'Serial port' : `USB serial ${hex4(info.usbVendorId)}:${hex4(info.usbProductId)}`;
}

/** Opens the port (if it is not open yet) and returns it as a printer transport. */
export async function openSerialPrinter(
  port: SerialPortLike,
  options: SerialPrinterOptions = {},
  kind: 'web-serial' | 'serial-over-usb' = 'web-serial',
): Promise<PrinterTransport> {
  if (!port.writable) {
    try {
      await port.open({ baudRate: options.baudRate ?? 9600, flowControl: options.flowControl ?? 'none', dataBits: 8, stopBits: 1, parity: 'none' });
    } catch (error) {
      throw openError(error, 'serial port');
    }
  }
  return new SerialPrinterTransport(port, options, kind);
}

class SerialPrinterTransport implements PrinterTransport {
  readonly name: string;
  private readonly timer: Timer;

  constructor(
    private readonly port: SerialPortLike,
    private readonly options: SerialPrinterOptions,
    readonly kind: 'web-serial' | 'serial-over-usb',
  ) {
    this.name = options.name ?? serialPortName(port);
    this.timer = options.timer ?? systemTimer;
  }

  async write(bytes: Uint8Array): Promise<void> {
    const writable = this.port.writable;
    if (!writable) throw new HardwareError(hardwareErrorCodes.DISCONNECTED, 'The serial port is closed; the printer was unplugged or switched off.');
    if (writable.locked) throw new HardwareError(hardwareErrorCodes.DEVICE_BUSY, 'Another print is still being sent to this port.');
    const writer = writable.getWriter();
    try {
      await writer.write(ownBuffer(bytes));
    } catch (error) {
      throw writeError(error);
    } finally {
      writer.releaseLock();
    }
  }

  async status(): Promise<PrinterStatus> {
    const readable = this.port.readable;
    if (this.options.statusQuery === false || !readable || readable.locked) return unknownStatus;
    const reader = readable.getReader();
    const deadline = this.options.statusTimeoutMs ?? 500;
    try {
      await this.write(PAPER_STATUS_REQUEST);
      // A few reads at most: bytes already on the line (a scanner echo, XON/XOFF) may come first.
      for (let attempt = 0; attempt < 4; attempt++) {
        const read = reader.read();
        read.catch(() => undefined); // a read still pending when the lock is released rejects
        const result = await withTimeout(read, deadline, this.timer);
        if (result === TIMED_OUT || result.done) return unknownStatus;
        const answer = result.value.find(isStatusByte);
        if (answer !== undefined) return parsePaperSensor(answer);
      }
      return unknownStatus;
    } catch {
      return unknownStatus;
    } finally {
      reader.releaseLock();
    }
  }

  async close(): Promise<void> {
    try {
      await this.port.close();
    } catch {
      // Already closed or unplugged: nothing left to release.
    }
  }
}

/** Asks the user to pick a serial port (needs a click or tap: browsers require a user gesture). */
export async function requestSerialPort(serial: Pick<Serial, 'requestPort'>, filters: SerialPortFilter[] = []): Promise<SerialPort> {
  try {
    return await serial.requestPort(filters.length ? { filters } : {});
  } catch (error) {
    throw pickerError(error);
  }
}
