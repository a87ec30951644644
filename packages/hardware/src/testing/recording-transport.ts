import { HardwareError, hardwareErrorCodes } from '../errors';
import type { PaperState, PrinterStatus, PrinterTransport } from '../transport';

/** A PrinterTransport that records every write and can fail, hang or run out of paper on cue. */
export class RecordingTransport implements PrinterTransport {
  readonly kind = 'web-usb';
  readonly writes: Uint8Array[] = [];
  /** Errors the next writes throw, in order. */
  readonly failures: HardwareError[] = [];
  /** Writes never settle, like a printer that stopped answering mid-job. */
  hang = false;
  paper: PaperState = 'ok';
  closed = false;

  constructor(readonly name = 'Test printer') {}

  write(bytes: Uint8Array): Promise<void> {
    if (this.hang) return new Promise(() => undefined);
    const failure = this.failures.shift();
    if (failure) return Promise.reject(failure);
    this.writes.push(Uint8Array.from(bytes));
    return Promise.resolve();
  }

  status(): Promise<PrinterStatus> {
    return Promise.resolve({ online: this.paper !== 'out', paper: this.paper });
  }

  close(): Promise<void> {
    this.closed = true;
    return Promise.resolve();
  }
}

export const unplugged = () => new HardwareError(hardwareErrorCodes.DISCONNECTED, 'The printer was unplugged or switched off.');
