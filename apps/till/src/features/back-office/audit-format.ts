import type { AuditEntry } from './audit-schemas';

/** What each audit action reads as on the Audit page; an action not listed reads as its code. */
export const AUDIT_ACTION_LABELS: Readonly<Record<string, string>> = {
  'auth.signup': 'Signed up',
  'auth.sign_in': 'Signed in (back office)',
  'auth.sign_in_failed': 'Failed sign-in (back office)',
  'auth.refresh_reused': 'Stolen sign-in detected',
  'auth.password_changed': 'Password changed',
  'auth.password_reset': 'Password reset',
  'till.sign_in': 'Signed in at a till',
  'till.sign_in_failed': 'Wrong PIN at a till',
  'staff.pin_set': 'Till PIN set',
  'device.pairing_code_created': 'Pairing code made',
  'device.enrolled': 'Till enrolled',
  'device.renamed': 'Till renamed',
  'device.revoked': 'Till revoked',
  'staff.invited': 'Invited',
  'staff.joined': 'Joined',
  'role.changed': 'Role changed',
  'role.removed': 'Role removed',
  'sale.discount_approved': 'Discount approved by a manager',
  'drawer.no_sale': 'Drawer opened without a sale',
  'refund.created': 'Refund',
  'onboarding.channel_saved': 'Set-up: store saved',
  'onboarding.warehouse_saved': 'Set-up: warehouse saved',
  'onboarding.catalog_saved': 'Set-up: products saved',
  'onboarding.tax_rates_saved': 'Set-up: tax rates saved',
  'onboarding.receipt_saved': 'Set-up: receipt saved',
  'document.uploaded': 'Document sent',
  'business.resubmitted': 'Sent for approval again',
  'business.approved': 'Business approved',
  'business.rejected': 'Business rejected',
};

export function auditActionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? action;
}

const PLACES: Readonly<Record<string, string>> = { 'sign-in': 'at sign-in', 'lock-screen': 'on the lock screen', 'manager-approval': 'for a manager approval' };

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function text(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/**
 * A line about what changed: the till entries in words, the rest as "field: before → after"
 * (or the values after, for something new). `names` turns staff and user ids into names.
 */
export function auditDetails(entry: Pick<AuditEntry, 'action' | 'subject' | 'before' | 'after'>, names: (id: string) => string | undefined): string {
  const before = record(entry.before);
  const after = record(entry.after);
  const who = (id: unknown) => (typeof id === 'string' ? (names(id) ?? id) : '—');
  switch (entry.action) {
    case 'till.sign_in':
    case 'till.sign_in_failed': {
      const where = PLACES[text(after.where)] ?? text(after.where);
      return typeof after.lockedUntil === 'string' ? `${where}; locked out on this till` : where;
    }
    case 'sale.discount_approved':
      return `Sale ${entry.subject ?? ''}, approved by ${who(after.approverId)}`;
    case 'drawer.no_sale': {
      const note = text(after.note);
      const approver = after.approverId ? `, approved by ${who(after.approverId)}` : '';
      return `${note === '' || note === '—' ? 'No reason given' : note}${approver}`;
    }
    case 'refund.created':
      return `${after.withReceipt === false ? 'Without receipt' : 'With receipt'}${after.approverId ? `, approved by ${who(after.approverId)}` : ''}`;
    default: {
      const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
      const parts = keys.map((key) => (key in before ? `${key}: ${text(before[key])} → ${text(after[key])}` : `${key}: ${text(after[key])}`));
      return [entry.subject, ...parts].filter(Boolean).join(' · ');
    }
  }
}

/** The half-open time range of two local dates (YYYY-MM-DD, inclusive), as ISO instants for the API. */
export function dateRange(from: string, to: string): { from?: string; to?: string } {
  const start = (day: string) => new Date(`${day}T00:00:00`);
  const range: { from?: string; to?: string } = {};
  if (from) range.from = start(from).toISOString();
  if (to) {
    const end = start(to);
    end.setDate(end.getDate() + 1);
    range.to = end.toISOString();
  }
  return range;
}
