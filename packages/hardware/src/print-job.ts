import { z } from 'zod';
import { bytesSchema } from './bytes';

/**
 * A print job as the queue keeps and stores it. The bytes are final (rendered when the sale was
 * completed), so a reprint from history prints exactly what the customer got. A drawer pulse
 * rides along separately with a deadline: a receipt that prints an hour late must not pop the
 * drawer open on its own.
 */
export const printJobStates = ['queued', 'printing', 'failed', 'done'] as const;
export const printJobStateSchema = z.enum(printJobStates);
export type PrintJobState = z.infer<typeof printJobStateSchema>;

export const printJobKinds = ['receipt', 'refund', 'ticket', 'report', 'drawer', 'test'] as const;
export const printJobKindSchema = z.enum(printJobKinds);
export type PrintJobKind = z.infer<typeof printJobKindSchema>;

export const printJobSchema = z.object({
  id: z.string().min(1),
  /** Creation order, to print a printer's jobs first in, first out. */
  seq: z.int().min(0),
  printerId: z.string().min(1),
  kind: printJobKindSchema,
  /** For people: "Receipt T1-000042". */
  label: z.string(),
  /** The sale, refund or shift it prints, for reprints from history. */
  documentId: z.string().nullable(),
  bytes: bytesSchema,
  drawer: z.object({ pulse: bytesSchema, validUntil: z.number() }).nullable(),
  state: printJobStateSchema,
  attempts: z.int().min(0),
  createdAt: z.number(),
  updatedAt: z.number(),
  /** When the next automatic attempt is due; null while printing, done or failed. */
  nextAttemptAt: z.number().nullable(),
  printedAt: z.number().nullable(),
  /** Null when no drawer was asked for; false when the pulse could not go out in time. */
  drawerOpened: z.boolean().nullable(),
  lastError: z.object({ code: z.string(), message: z.string() }).nullable(),
  reprintOf: z.string().nullable(),
});
export type PrintJob = z.infer<typeof printJobSchema>;

/** Where jobs live between reloads. The till stores them in Dexie; tests use the memory store. */
export interface PrintJobStore {
  save(job: PrintJob): Promise<void>;
  remove(id: string): Promise<void>;
  loadAll(): Promise<unknown[]>;
}

export class MemoryPrintJobStore implements PrintJobStore {
  readonly jobs = new Map<string, PrintJob>();

  save(job: PrintJob): Promise<void> {
    this.jobs.set(job.id, job);
    return Promise.resolve();
  }

  remove(id: string): Promise<void> {
    this.jobs.delete(id);
    return Promise.resolve();
  }

  loadAll(): Promise<unknown[]> {
    return Promise.resolve([...this.jobs.values()]);
  }
}

/** Backoff between automatic attempts: base × 2^(attempt−1), capped; after maxAttempts the job fails. */
export interface RetryPolicy {
  baseMs: number;
  maxMs: number;
  maxAttempts: number;
}

export const defaultRetryPolicy: RetryPolicy = { baseMs: 2_000, maxMs: 60_000, maxAttempts: 10 };

export function retryDelay(attempt: number, policy: RetryPolicy): number {
  return Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
}
