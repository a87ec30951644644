import { can, capabilities, type Capability } from '@tillsafe/domain';
import { drawerPulseBytes, NO_SALE_CAPABILITY, openCashDrawer, systemClock, type HardwareError, type PrintJob } from '@tillsafe/hardware';
import { uuidv7 } from '@tillsafe/sync';
import type { StaffRow } from '../../db/rows';
import type { TillDb } from '../../db/till-db';
import { cashEventAuditLog, type AuditOutcome, type Commit } from './drawer-audit-log';
import type { HardwareService } from './hardware-service';

/** Whether this staff member may open the drawer without a sale on their own. */
export function canOpenNoSale(actor: Pick<StaffRow, 'role'>): boolean {
  return can(actor.role, NO_SALE_CAPABILITY);
}

/** Whether they may with a manager's PIN: anyone who handles cash (cash.event). */
export function canOpenNoSaleWithApproval(actor: Pick<StaffRow, 'role'>): boolean {
  return canOpenNoSale(actor) || can(actor.role, 'cash.event');
}

export interface NoSaleOptions {
  /** The manager whose PIN approved it, when the actor may not open the drawer alone. */
  approver?: StaffRow | null;
  commit?: Commit;
}

const isCapability = (value: string): value is Capability => (capabilities as readonly string[]).includes(value);

export type NoSaleResult = { ok: false; error: Pick<HardwareError, 'code' | 'message'>; audit: Promise<AuditOutcome> } | { ok: true; job: PrintJob; audit: Promise<AuditOutcome> };

/**
 * "No sale": opens the drawer through the receipt printer for staff holding drawer.open.nosale,
 * or approved by a manager who holds it, and records it (cash.event no_sale, with the approver).
 * The pulse is queued at once; the audit outcome follows.
 */
export function openDrawerNoSale(hardware: HardwareService, db: TillDb, actor: StaffRow, note: string, options: NoSaleOptions = {}): NoSaleResult {
  const approver = options.approver ?? null;
  const printer = hardware.deviceFor('receipt-printer');
  if (!printer) {
    return { ok: false, error: { code: 'NOT_CONNECTED', message: 'The drawer opens through the receipt printer, and none is set up.' }, audit: Promise.resolve({ status: 'not-needed' }) };
  }
  let settle: (outcome: AuditOutcome) => void = () => undefined;
  const audit = new Promise<AuditOutcome>((resolve) => {
    settle = resolve;
  });
  const result = openCashDrawer(
    {
      reason: 'no-sale',
      actorId: actor.id,
      printerId: printer.id,
      pulse: drawerPulseBytes(printer.profile.language, printer.profile.drawer),
      can: (capability) => isCapability(capability) && (can(actor.role, capability) || (approver !== null && can(approver.role, capability))),
      ...(approver ? { approvedBy: approver.id } : {}),
    },
    { queue: hardware.queue, audit: cashEventAuditLog(db, note, settle, options.commit), clock: systemClock, newId: () => uuidv7() },
  );
  return result.ok ? { ok: true, job: result.value, audit } : { ok: false, error: result.error, audit };
}
