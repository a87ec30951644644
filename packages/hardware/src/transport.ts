/**
 * The port every printer connection implements. The print queue, the drawer and the customer
 * display only see this; Web Serial, WebUSB and the serial-over-USB polyfill are adapters, and
 * tests use fakes of the browser objects under them.
 */
export const transportKinds = ['web-serial', 'web-usb', 'serial-over-usb'] as const;
export type TransportKind = (typeof transportKinds)[number];

export const paperStates = ['ok', 'near-end', 'out', 'unknown'] as const;
export type PaperState = (typeof paperStates)[number];

export interface PrinterStatus {
  /** False when the printer reports an error or is offline (cover open, paper out). */
  online: boolean;
  paper: PaperState;
}

export const unknownStatus: PrinterStatus = { online: true, paper: 'unknown' };

export interface PrinterTransport {
  readonly kind: TransportKind;
  /** A name for people ("TM-T20III", "USB serial 067b:2303"). */
  readonly name: string;
  /** Sends the bytes in one write; rejects with a HardwareError. */
  write(bytes: Uint8Array): Promise<void>;
  close(): Promise<void>;
  /** Reads paper and online state where the connection allows it. */
  status?(): Promise<PrinterStatus>;
}

/** A copy of the bytes backed by a plain ArrayBuffer, which the browser write APIs require. */
export function ownBuffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(bytes);
}
