import { fail, HardwareError, hardwareErrorCodes, ok, writeError, type Result } from './errors';
import { attemptPrint } from './print-attempt';
import { defaultRetryPolicy, printJobSchema, type PrintJob, type PrintJobKind, type PrintJobStore, type RetryPolicy } from './print-job';
import { systemClock, systemTimer, type Clock, type Timer } from './timers';
import type { PrinterTransport } from './transport';

/**
 * The print queue: a printer problem never stops a sale.
 *
 * enqueue() returns at once with the job; the sale has already been committed and nothing on
 * the sale path awaits a printer. Each printer's jobs print in order, one at a time. A failed
 * attempt (printer missing, unplugged, out of paper, a write that never returns) puts the job
 * back in the queue with exponential backoff; after maxAttempts it is marked failed and waits for
 * retry() — which the till calls when a printer (re)connects — or for the cashier. Every change
 * is stored through the store port and shown to listeners, so the queue is visible and survives
 * a reload. Done jobs stay as history for reprints.
 */
export interface PrintRequest {
  printerId: string;
  kind: PrintJobKind;
  label: string;
  bytes: Uint8Array;
  documentId?: string | null;
  /** Drawer pulse bytes to send in the same write, ahead of the receipt (cash tenders). */
  openDrawer?: Uint8Array;
}

export interface PrintQueueOptions {
  store: PrintJobStore;
  /** The open transport for a printer, or null when it is not connected right now. */
  connect: (printerId: string) => PrinterTransport | null | Promise<PrinterTransport | null>;
  clock?: Clock;
  timer?: Timer;
  newId?: () => string;
  retry?: Partial<RetryPolicy>;
  /** A write that has not finished by then counts as failed (and will be retried). */
  writeTimeoutMs?: number;
  /** How long after the sale a drawer pulse may still go out. */
  drawerValidForMs?: number;
  /** Done jobs kept for reprints. */
  historyLimit?: number;
  /** Ask the printer for paper status before each job where the transport can. */
  checkStatus?: boolean;
  /** Problems that are not a job's: the store failing, a listener throwing. */
  onError?: (error: HardwareError) => void;
}

export interface PrintQueue {
  enqueue(request: PrintRequest): PrintJob;
  reprint(jobId: string, options?: { bytes?: Uint8Array; printerId?: string }): Result<PrintJob>;
  retry(printerId?: string): void;
  discard(jobId: string): Result<PrintJob>;
  /** All jobs, newest first. */
  jobs(): readonly PrintJob[];
  /** The jobs of one sale, refund or shift, newest first: the reprint-from-history list. */
  history(documentId: string): readonly PrintJob[];
  subscribe(listener: (jobs: readonly PrintJob[]) => void): () => void;
  /** Loads stored jobs after a reload; jobs that were printing when the page went away print again. */
  restore(): Promise<void>;
  /** Resolves once no printer is being written to and every change is stored. */
  idle(): Promise<void>;
  dispose(): void;
}

export function createPrintQueue(options: PrintQueueOptions): PrintQueue {
  return new Queue(options);
}

class Queue implements PrintQueue {
  private readonly byId = new Map<string, PrintJob>();
  private readonly busy = new Set<string>();
  private readonly wakeups = new Map<string, unknown>();
  private readonly running = new Set<Promise<void>>();
  private readonly listeners = new Set<(jobs: readonly PrintJob[]) => void>();
  private saving: Promise<void> = Promise.resolve();
  private seq = 0;
  private readonly clock: Clock;
  private readonly timer: Timer;
  private readonly policy: RetryPolicy;

  constructor(private readonly options: PrintQueueOptions) {
    this.clock = options.clock ?? systemClock;
    this.timer = options.timer ?? systemTimer;
    this.policy = { ...defaultRetryPolicy, ...options.retry };
  }

  enqueue(request: PrintRequest): PrintJob {
    return this.add(request, null);
  }

  reprint(jobId: string, options: { bytes?: Uint8Array; printerId?: string } = {}): Result<PrintJob> {
    const original = this.byId.get(jobId);
    if (!original) return fail(new HardwareError(hardwareErrorCodes.UNKNOWN_JOB, 'That print is no longer in the history.'));
    if (original.kind === 'drawer') return fail(new HardwareError(hardwareErrorCodes.NOT_ALLOWED, 'A drawer opening cannot be reprinted.'));
    const job = this.add(
      {
        printerId: options.printerId ?? original.printerId,
        kind: original.kind,
        label: `Reprint: ${original.label}`,
        bytes: options.bytes ?? original.bytes,
        documentId: original.documentId,
      },
      original.id,
    );
    return ok(job);
  }

  retry(printerId?: string): void {
    const now = this.clock.now();
    for (const job of this.byId.values()) {
      if (printerId !== undefined && job.printerId !== printerId) continue;
      if (job.state === 'failed' && job.kind !== 'drawer') this.put({ ...job, state: 'queued', attempts: 0, nextAttemptAt: now, updatedAt: now });
    }
    for (const id of this.printerIds(printerId)) this.wake(id, true);
  }

  discard(jobId: string): Result<PrintJob> {
    const job = this.byId.get(jobId);
    if (!job) return fail(new HardwareError(hardwareErrorCodes.UNKNOWN_JOB, 'That print is no longer in the queue.'));
    if (job.state === 'printing') return fail(new HardwareError(hardwareErrorCodes.NOT_ALLOWED, 'That print is being sent right now.'));
    this.byId.delete(jobId);
    this.persist(() => this.options.store.remove(jobId));
    this.notify();
    return ok(job);
  }

  jobs(): readonly PrintJob[] {
    return [...this.byId.values()].sort((a, b) => b.seq - a.seq);
  }

  history(documentId: string): readonly PrintJob[] {
    return this.jobs().filter((job) => job.documentId === documentId);
  }

  subscribe(listener: (jobs: readonly PrintJob[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async restore(): Promise<void> {
    const stored = await this.options.store.loadAll();
    for (const raw of stored) {
      const parsed = printJobSchema.safeParse(raw);
      if (!parsed.success) {
        this.report(new HardwareError(hardwareErrorCodes.INVALID_INPUT, 'A stored print job could not be read and was skipped.', parsed.error.issues));
        continue;
      }
      const job = parsed.data;
      if (this.byId.has(job.id)) continue;
      this.seq = Math.max(this.seq, job.seq + 1);
      this.put(job.state === 'printing' ? { ...job, state: 'queued', nextAttemptAt: this.clock.now() } : job);
    }
    for (const printerId of this.printerIds()) this.wake(printerId, false);
  }

  async idle(): Promise<void> {
    while (this.running.size) await Promise.all(this.running);
    await this.saving;
  }

  dispose(): void {
    for (const handle of this.wakeups.values()) this.timer.clearTimeout(handle);
    this.wakeups.clear();
  }

  // --- processing -------------------------------------------------------------------------

  private add(request: PrintRequest, reprintOf: string | null): PrintJob {
    const now = this.clock.now();
    const job: PrintJob = {
      id: this.newId(),
      seq: this.seq++,
      printerId: request.printerId,
      kind: request.kind,
      label: request.label,
      documentId: request.documentId ?? null,
      bytes: request.bytes,
      drawer: request.openDrawer ? { pulse: request.openDrawer, validUntil: now + (this.options.drawerValidForMs ?? 30_000) } : null,
      state: 'queued',
      attempts: 0,
      createdAt: now,
      updatedAt: now,
      nextAttemptAt: now,
      printedAt: null,
      drawerOpened: request.openDrawer ? false : null,
      lastError: null,
      reprintOf,
    };
    this.put(job);
    this.wake(job.printerId, false);
    return job;
  }


  /** Makes the printer's queued jobs due now (a new sale or a reconnect is a good moment to try). */
  private wake(printerId: string, force: boolean): void {
    const now = this.clock.now();
    for (const job of this.byId.values()) {
      if (job.printerId === printerId && job.state === 'queued' && job.nextAttemptAt !== null && (force || job.nextAttemptAt > now)) {
        this.put({ ...job, nextAttemptAt: now });
      }
    }
    this.schedule(printerId, 0);
  }

  private schedule(printerId: string, delay: number): void {
    const previous = this.wakeups.get(printerId);
    if (previous !== undefined) this.timer.clearTimeout(previous);
    this.wakeups.delete(printerId);
    if (delay <= 0) {
      // Start on a later tick, so enqueue() returns before any printer work begins.
      this.track(Promise.resolve().then(() => this.pump(printerId)));
    } else {
      this.wakeups.set(
        printerId,
        this.timer.setTimeout(() => {
          this.wakeups.delete(printerId);
          this.track(this.pump(printerId));
        }, delay),
      );
    }
  }

  private track(run: Promise<void>): void {
    const tracked = run.catch((error: unknown) => {
      this.report(writeError(error));
    });
    this.running.add(tracked);
    void tracked.finally(() => this.running.delete(tracked));
  }

  private async pump(printerId: string): Promise<void> {
    if (this.busy.has(printerId)) return;
    this.busy.add(printerId);
    try {
      for (;;) {
        const next = [...this.byId.values()].filter((j) => j.printerId === printerId && j.state === 'queued').sort((a, b) => a.seq - b.seq)[0];
        if (!next) return;
        const wait = (next.nextAttemptAt ?? 0) - this.clock.now();
        if (wait > 0) {
          this.schedule(printerId, wait);
          return;
        }
        await this.attempt(next);
      }
    } finally {
      this.busy.delete(printerId);
    }
  }

  private async attempt(queued: PrintJob): Promise<void> {
    const printing: PrintJob = { ...queued, state: 'printing', attempts: queued.attempts + 1, nextAttemptAt: null, updatedAt: this.clock.now() };
    this.put(printing);
    const next = await attemptPrint(printing, {
      connect: this.options.connect,
      clock: this.clock,
      timer: this.timer,
      policy: this.policy,
      writeTimeoutMs: this.options.writeTimeoutMs ?? 20_000,
      checkStatus: this.options.checkStatus !== false,
    });
    this.put(next);
    if (next.state === 'done') this.trimHistory();
  }

  // --- state ------------------------------------------------------------------------------

  private put(job: PrintJob): void {
    this.byId.set(job.id, job);
    this.persist(() => this.options.store.save(job));
    this.notify();
  }

  private trimHistory(): void {
    const limit = this.options.historyLimit ?? 200;
    const done = [...this.byId.values()].filter((j) => j.state === 'done').sort((a, b) => a.seq - b.seq);
    for (const job of done.slice(0, Math.max(0, done.length - limit))) {
      this.byId.delete(job.id);
      this.persist(() => this.options.store.remove(job.id));
    }
  }

  /** Store writes run one after another, so the stored job is always the latest version. */
  private persist(write: () => Promise<void>): void {
    this.saving = this.saving.then(write).catch((error: unknown) => {
      this.report(new HardwareError(hardwareErrorCodes.WRITE_FAILED, 'A print job could not be saved on this device.', error instanceof Error ? error.message : error));
    });
  }

  private notify(): void {
    const snapshot = this.jobs();
    for (const listener of this.listeners) {
      try {
        listener(snapshot);
      } catch (error) {
        this.report(new HardwareError(hardwareErrorCodes.INVALID_INPUT, 'A print queue listener failed.', error instanceof Error ? error.message : error));
      }
    }
  }

  private report(error: HardwareError): void {
    this.options.onError?.(error);
  }

  private printerIds(only?: string): string[] {
    return [...new Set([...this.byId.values()].map((j) => j.printerId))].filter((id) => only === undefined || id === only);
  }

  private newId(): string {
    return this.options.newId?.() ?? crypto.randomUUID();
  }
}
