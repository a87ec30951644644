/**
 * Every failure in this package is a HardwareError with a machine code and a sentence a cashier
 * can read. The print queue stores both on the job, the till shows the sentence, logs the code.
 */
export const hardwareErrorCodes = {
  UNSUPPORTED: 'UNSUPPORTED',
  NO_DEVICE_CHOSEN: 'NO_DEVICE_CHOSEN',
  NO_PRINTER_INTERFACE: 'NO_PRINTER_INTERFACE',
  DEVICE_BUSY: 'DEVICE_BUSY',
  NOT_CONNECTED: 'NOT_CONNECTED',
  DISCONNECTED: 'DISCONNECTED',
  WRITE_FAILED: 'WRITE_FAILED',
  WRITE_TIMEOUT: 'WRITE_TIMEOUT',
  OUT_OF_PAPER: 'OUT_OF_PAPER',
  INVALID_INPUT: 'INVALID_INPUT',
  ENCODE_FAILED: 'ENCODE_FAILED',
  NOT_ALLOWED: 'NOT_ALLOWED',
  DRAWER_EXPIRED: 'DRAWER_EXPIRED',
  UNKNOWN_JOB: 'UNKNOWN_JOB',
} as const;
export type HardwareErrorCode = (typeof hardwareErrorCodes)[keyof typeof hardwareErrorCodes];

export class HardwareError extends Error {
  constructor(
    readonly code: HardwareErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'HardwareError';
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: HardwareError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: HardwareError): Result<T> => ({ ok: false, error });

const errorName = (error: unknown) => (error instanceof Error ? error.name : '');
const errorDetail = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * What the browser's device pickers throw (requestPort / requestDevice), as our codes: the user
 * closing the picker is NO_DEVICE_CHOSEN, a permissions policy blocking it is UNSUPPORTED.
 */
export function pickerError(error: unknown): HardwareError {
  if (error instanceof HardwareError) return error;
  if (errorName(error) === 'NotFoundError') return new HardwareError(hardwareErrorCodes.NO_DEVICE_CHOSEN, 'No device was chosen.', errorDetail(error));
  if (errorName(error) === 'SecurityError') {
    return new HardwareError(hardwareErrorCodes.UNSUPPORTED, 'This page is not allowed to use USB or serial devices (blocked by the browser or the page that embeds it).', errorDetail(error));
  }
  return new HardwareError(hardwareErrorCodes.NOT_CONNECTED, `The device could not be chosen: ${errorDetail(error)}`, errorDetail(error));
}

/**
 * What opening or claiming a device throws. A device another program holds — the operating
 * system's printer driver, a virtual COM port open elsewhere, another till tab — is DEVICE_BUSY.
 */
export function openError(error: unknown, what: string): HardwareError {
  if (error instanceof HardwareError) return error;
  switch (errorName(error)) {
    case 'NotFoundError':
      return new HardwareError(hardwareErrorCodes.DISCONNECTED, `The ${what} is not plugged in or switched on.`, errorDetail(error));
    case 'SecurityError':
    case 'NetworkError':
    case 'InvalidStateError':
      return new HardwareError(
        hardwareErrorCodes.DEVICE_BUSY,
        `The ${what} is in use by the operating system, another program or another tab. See "Driver pitfalls" in the hardware guide.`,
        errorDetail(error),
      );
    default:
      return new HardwareError(hardwareErrorCodes.NOT_CONNECTED, `The ${what} could not be opened: ${errorDetail(error)}`, errorDetail(error));
  }
}

/** What a write throws: unplugged is DISCONNECTED, anything else WRITE_FAILED. */
export function writeError(error: unknown): HardwareError {
  if (error instanceof HardwareError) return error;
  if (errorName(error) === 'NotFoundError') {
    return new HardwareError(hardwareErrorCodes.DISCONNECTED, 'The printer was unplugged or switched off.', errorDetail(error));
  }
  return new HardwareError(hardwareErrorCodes.WRITE_FAILED, `The printer did not take the data: ${errorDetail(error)}`, errorDetail(error));
}
