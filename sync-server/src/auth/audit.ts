import { uuidv7 } from '@tillsafe/sync';
import type { Db } from '../db/database';
import type { Tx } from '../db/tenant-scope';
import { auditLog } from '../db/identity-schema';

export const auditActions = [
  'auth.signup',
  'auth.sign_in',
  'auth.sign_in_failed',
  'auth.refresh_reused',
  'auth.password_changed',
  'auth.password_reset',
  'device.pairing_code_created',
  'device.enrolled',
  'device.renamed',
  'device.revoked',
  'staff.invited',
  'staff.joined',
  'role.changed',
  'role.removed',
  'onboarding.channel_saved',
  'onboarding.warehouse_saved',
  'onboarding.catalog_saved',
  'onboarding.tax_rates_saved',
  'onboarding.receipt_saved',
  'document.uploaded',
  'business.resubmitted',
  'business.approved',
  'business.rejected',
  // At the tills, through sync (sync/push-audit.ts): the PIN pad, approvals, no-sales, refunds.
  'till.sign_in',
  'till.sign_in_failed',
  'sale.discount_approved',
  'drawer.no_sale',
  'refund.created',
  'staff.pin_set',
  'catalog.product_saved',
  'catalog.product_deactivated',
  'catalog.imported',
  'catalog.quick_keys_saved',
  'selling.checkout_settings_saved',
] as const;
export type AuditAction = (typeof auditActions)[number];

export interface AuditEntry {
  action: AuditAction;
  tenantId?: string | null;
  actorUserId?: string | null;
  actorStaffId?: string | null;
  deviceId?: string | null;
  subject?: string | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
  at: number;
}

/** Appends one entry to the audit log, in the caller's transaction when it passes one. */
export async function audit(db: Db | Tx, entry: AuditEntry): Promise<void> {
  await auditMany(db, [entry]);
}

/** Appends several entries with one statement. */
export async function auditMany(db: Db | Tx, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db.insert(auditLog).values(entries.map(row));
}

function row(entry: AuditEntry) {
  return {
    id: uuidv7(),
    action: entry.action,
    tenantId: entry.tenantId ?? null,
    actorUserId: entry.actorUserId ?? null,
    actorStaffId: entry.actorStaffId ?? null,
    deviceId: entry.deviceId ?? null,
    subject: entry.subject ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
    ip: entry.ip ?? null,
    at: new Date(entry.at),
  };
}
