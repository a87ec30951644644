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

/**
 * Maps what a browser throws (DOMException names from WebUSB / Web Serial) onto our codes, so
 * the rest of the package only ever sees HardwareError.
 */
export function toHardwareError(error: unknown, fallback: HardwareErrorCode, action: string): HardwareError {
  if (error instanceof HardwareError) return error;
  const name = error instanceof Error ? error.name : '';
  const detail = error instanceof Error ? error.message : String(error);
  switch (name) {
    case 'NotFoundError':
      return fallback === hardwareErrorCodes.NO_DEVICE_CHOSEN
        ? new HardwareError(fallback, 'No device was chosen.', detail)
        : new HardwareError(hardwareErrorCodes.DISCONNECTED, `The printer went away while trying to ${action}. Check the cable and power.`, detail);
    case 'SecurityError':
    case 'NetworkError':
    case 'InvalidStateError':
      return new HardwareError(
        hardwareErrorCodes.DEVICE_BUSY,
        `The device is in use by the operating system or another tab, so the till could not ${action}. See the hardware guide.`,
        detail,
      );
    default:
      return new HardwareError(fallback, `Could not ${action}: ${detail}`, detail);
  }
}
