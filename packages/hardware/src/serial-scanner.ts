import { HardwareError, hardwareErrorCodes, openError } from './errors';
import type { SerialPortLike } from './web-serial-transport';

/**
 * Barcode scanners on a serial port (RS-232, or USB in "virtual COM" mode), beside the
 * keyboard-wedge scanners the selling screen already reads. A serial scanner sends each code
 * followed by CR, LF or CR LF; the bytes arrive in chunks that split codes anywhere, so the parser
 * keeps what it has until a terminator comes. Control bytes some scanners add (STX/ETX) are
 * dropped; a run longer than maxLength (line noise, wrong baud rate) is discarded up to the
 * next terminator instead of growing forever.
 */
export interface ScanParserOptions {
  maxLength?: number;
  /** How the scanner encodes text; almost all send ASCII, which both read the same. */
  encoding?: 'utf-8' | 'latin1';
  onDiscarded?: (reason: 'too-long') => void;
}

const CR = 0x0d;
const LF = 0x0a;

export class ScanParser {
  private buffer: number[] = [];
  private discarding = false;
  private readonly decoder: TextDecoder;

  constructor(private readonly options: ScanParserOptions = {}) {
    this.decoder = new TextDecoder(options.encoding === 'latin1' ? 'iso-8859-1' : 'utf-8');
  }

  /** Feeds a chunk; returns the codes it completed, in order. */
  push(chunk: Uint8Array): string[] {
    const codes: string[] = [];
    for (const byte of chunk) {
      if (byte === CR || byte === LF) {
        if (!this.discarding && this.buffer.length) {
          const code = this.decoder.decode(Uint8Array.from(this.buffer)).trim();
          if (code) codes.push(code);
        }
        this.buffer = [];
        this.discarding = false;
      } else if (byte < 0x20 || byte === 0x7f || this.discarding) {
        continue;
      } else if (this.buffer.length >= (this.options.maxLength ?? 128)) {
        this.buffer = [];
        this.discarding = true;
        this.options.onDiscarded?.('too-long');
      } else {
        this.buffer.push(byte);
      }
    }
    return codes;
  }
}

export interface SerialScannerOptions extends ScanParserOptions {
  baudRate?: number;
  onError?: (error: HardwareError) => void;
}

export interface SerialScannerListener {
  /** Settles when listening ends: stop(), or the scanner went away (reported through onError). */
  readonly done: Promise<void>;
  stop(): Promise<void>;
}

/** Line errors a serial port recovers from: Web Serial hands out a fresh readable after them. */
const recoverable = new Set(['BreakError', 'FramingError', 'ParityError', 'BufferOverrunError']);

/** Opens the port if needed and calls onCode for every scanned code until stop(). */
export async function listenToSerialScanner(
  port: SerialPortLike,
  onCode: (code: string) => void,
  options: SerialScannerOptions = {},
): Promise<SerialScannerListener> {
  if (!port.readable) {
    try {
      await port.open({ baudRate: options.baudRate ?? 9600 });
    } catch (error) {
      throw openError(error, 'scanner');
    }
  }
  const parser = new ScanParser(options);
  // Shared with stop(), which runs while the loop below is waiting on a read.
  const current: { reader: ReadableStreamDefaultReader<Uint8Array> | null; stopped: boolean } = { reader: null, stopped: false };
  const stopped = () => current.stopped;

  const run = async () => {
    while (!stopped()) {
      const readable = port.readable;
      if (!readable) {
        options.onError?.(new HardwareError(hardwareErrorCodes.DISCONNECTED, 'The scanner was unplugged.'));
        return;
      }
      const reader = readable.getReader();
      current.reader = reader;
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          for (const code of parser.push(value)) onCode(code);
        }
      } catch (error) {
        const name = error instanceof Error ? error.name : '';
        if (!recoverable.has(name) && !stopped()) {
          options.onError?.(new HardwareError(hardwareErrorCodes.DISCONNECTED, 'The scanner stopped sending: it was unplugged or switched off.', name));
          return;
        }
      } finally {
        reader.releaseLock();
      }
    }
  };

  const done = run();
  return {
    done,
    stop: async () => {
      current.stopped = true;
      await current.reader?.cancel().catch(() => undefined);
      await done;
    },
  };
}
