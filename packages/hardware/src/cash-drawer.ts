import { z } from 'zod';
import { fail, HardwareError, hardwareErrorCodes, ok, type Result } from './errors';
import type { PrintJob } from './print-job';
import type { PrintQueue } from './print-queue';
import type { Clock } from './timers';

/**
 * Opening the cash drawer. After a cash tender the pulse goes out with the receipt, in the same
 * write. "No sale" (opening without a sale: change for a note, a float top-up) needs the
 * drawer.open.nosale capability of the cashier or an approving manager. Every request, granted
 * or refused, is written to the audit log; the till turns those entries into immutable audit
 * records that sync to the server.
 */
export const NO_SALE_CAPABILITY = 'drawer.open.nosale';

export const drawerOpenReasons = ['cash-tender', 'no-sale'] as const;
export type DrawerOpenReason = (typeof drawerOpenReasons)[number];

export const drawerAuditEntrySchema = z.object({
  id: z.string().min(1),
  at: z.iso.datetime(),
  actorId: z.string().min(1),
  approvedBy: z.string().nullable(),
  reason: z.enum(drawerOpenReasons),
  outcome: z.enum(['granted', 'refused']),
  saleId: z.string().nullable(),
  printerId: z.string(),
  /** The print job that carries the pulse; its drawerOpened says whether it went out in time. */
  jobId: z.string().nullable(),
});
export type DrawerAuditEntry = z.infer<typeof drawerAuditEntrySchema>;

export interface DrawerAuditLog {
  record(entry: DrawerAuditEntry): void;
}

export interface OpenDrawerRequest {
  reason: DrawerOpenReason;
  actorId: string;
  printerId: string;
  /** The pulse for this printer: drawerPulseBytes(profile.language, profile.drawer). */
  pulse: Uint8Array;
  /** Whether the actor — or the manager in approvedBy — holds a capability. */
  can: (capability: string) => boolean;
  approvedBy?: string;
  /** The cash sale, required for cash-tender. */
  saleId?: string;
  /** The sale's receipt, so pulse and receipt leave in one write. */
  receipt?: { bytes: Uint8Array; label: string };
}

export interface DrawerDeps {
  queue: Pick<PrintQueue, 'enqueue'>;
  audit: DrawerAuditLog;
  clock: Clock;
  newId: () => string;
}

export function openCashDrawer(request: OpenDrawerRequest, deps: DrawerDeps): Result<PrintJob> {
  const entry = (outcome: DrawerAuditEntry['outcome'], jobId: string | null): DrawerAuditEntry => ({
    id: deps.newId(),
    at: new Date(deps.clock.now()).toISOString(),
    actorId: request.actorId,
    approvedBy: request.approvedBy ?? null,
    reason: request.reason,
    outcome,
    saleId: request.saleId ?? null,
    printerId: request.printerId,
    jobId,
  });

  if (request.reason === 'no-sale' && !request.can(NO_SALE_CAPABILITY)) {
    deps.audit.record(entry('refused', null));
    return fail(new HardwareError(hardwareErrorCodes.NOT_ALLOWED, 'Opening the drawer without a sale needs a manager.'));
  }
  if (request.reason === 'cash-tender' && !request.saleId) {
    deps.audit.record(entry('refused', null));
    return fail(new HardwareError(hardwareErrorCodes.INVALID_INPUT, 'A cash-tender drawer opening must name its sale.'));
  }

  const job = deps.queue.enqueue({
    printerId: request.printerId,
    kind: request.receipt ? 'receipt' : 'drawer',
    label: request.receipt?.label ?? (request.reason === 'no-sale' ? 'Drawer: no sale' : 'Drawer: cash tender'),
    bytes: request.receipt?.bytes ?? new Uint8Array(),
    documentId: request.saleId ?? null,
    openDrawer: request.pulse,
  });
  deps.audit.record(entry('granted', job.id));
  return ok(job);
}
