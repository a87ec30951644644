import { concatBytes } from './bytes';
import { HardwareError, hardwareErrorCodes, writeError } from './errors';
import { retryDelay, type PrintJob, type RetryPolicy } from './print-job';
import { TIMED_OUT, withTimeout, type Clock, type Timer } from './timers';
import type { PrinterTransport } from './transport';

/**
 * One attempt at one print job, and what the job becomes after it: done, queued again with
 * backoff, or failed. The queue decides when to attempt; this decides what an attempt means:
 * find the printer, check its paper, add the drawer pulse if it is still in time, write once,
 * give up on a write that never returns.
 */
export interface AttemptDeps {
  connect: (printerId: string) => PrinterTransport | null | Promise<PrinterTransport | null>;
  clock: Clock;
  timer: Timer;
  policy: RetryPolicy;
  writeTimeoutMs: number;
  checkStatus: boolean;
}

/** `job` is already marked printing, with its attempt counted. */
export async function attemptPrint(job: PrintJob, deps: AttemptDeps): Promise<PrintJob> {
  const drawerInTime = job.drawer !== null && job.updatedAt <= job.drawer.validUntil;
  try {
    if (job.kind === 'drawer' && !drawerInTime) {
      throw new HardwareError(hardwareErrorCodes.DRAWER_EXPIRED, 'The drawer was not opened: the printer could not be reached in time.');
    }
    const transport = await transportFor(job.printerId, deps);
    if (deps.checkStatus && transport.status) {
      const status = await transport.status();
      if (status.paper === 'out') {
        throw new HardwareError(hardwareErrorCodes.OUT_OF_PAPER, 'The printer is out of paper. Put in a new roll and it will print by itself.');
      }
    }
    const payload = drawerInTime && job.drawer ? concatBytes(job.drawer.pulse, job.bytes) : job.bytes;
    const written = await withTimeout(transport.write(payload), deps.writeTimeoutMs, deps.timer);
    if (written === TIMED_OUT) {
      throw new HardwareError(hardwareErrorCodes.WRITE_TIMEOUT, 'The printer stopped answering in the middle of a print.');
    }
    const now = deps.clock.now();
    return { ...job, state: 'done', printedAt: now, updatedAt: now, lastError: null, drawerOpened: job.drawer ? drawerInTime : null };
  } catch (caught) {
    const error = caught instanceof HardwareError ? caught : writeError(caught);
    const now = deps.clock.now();
    const nextAt = now + retryDelay(job.attempts, deps.policy);
    const giveUp =
      error.code === hardwareErrorCodes.DRAWER_EXPIRED ||
      job.attempts >= deps.policy.maxAttempts ||
      (job.kind === 'drawer' && job.drawer !== null && nextAt > job.drawer.validUntil);
    return {
      ...job,
      state: giveUp ? 'failed' : 'queued',
      nextAttemptAt: giveUp ? null : nextAt,
      updatedAt: now,
      lastError: { code: error.code, message: error.message },
    };
  }
}

async function transportFor(printerId: string, deps: AttemptDeps): Promise<PrinterTransport> {
  let transport: PrinterTransport | null;
  try {
    transport = await deps.connect(printerId);
  } catch (error) {
    throw error instanceof HardwareError
      ? error
      : new HardwareError(hardwareErrorCodes.NOT_CONNECTED, 'The printer could not be connected.', error instanceof Error ? error.message : error);
  }
  if (!transport) throw new HardwareError(hardwareErrorCodes.NOT_CONNECTED, 'The printer is not connected. Plug it in and switch it on; the print will follow.');
  return transport;
}
