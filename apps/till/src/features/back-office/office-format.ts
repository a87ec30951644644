import type { TenantRole } from '@tillsafe/domain';
import type { DocumentKind } from './business-schemas';
import type { Approval, BusinessType, Channel } from './office-schemas';

export const ROLE_LABELS: Record<TenantRole, string> = {
  owner: 'Owner',
  manager: 'Manager',
  cashier: 'Cashier',
  bartender: 'Bartender',
  driver: 'Driver',
};

export const BUSINESS_TYPE_LABELS: Record<BusinessType, string> = {
  retailer: 'Retail store',
  wholesaler: 'Wholesaler',
  distributor: 'Distributor',
  brand_owner: 'Brand owner',
  bar_restaurant: 'Bar or restaurant',
};

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  liquor_licence: 'Liquor licence',
  business_registration: 'Business registration',
  tax_registration: 'Tax registration',
  proof_of_address: 'Proof of address',
  other: 'Other document',
};

export const APPROVAL_LABELS: Record<Approval, string> = { approved: 'Approved', pending: 'Awaiting approval', rejected: 'Not approved' };

const dateTime = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const dateOnly = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

export function formatDate(iso: string): string {
  return dateOnly.format(new Date(iso));
}

/** "All channels" for an organisation-wide role, else the channel's name. */
export function scopeLabel(channelId: string | null, channels: readonly Channel[]): string {
  if (channelId === null) return 'All channels';
  return channels.find((c) => c.id === channelId)?.name ?? 'One channel';
}

/** "9:58": minutes and seconds left, never negative. */
export function formatCountdown(msLeft: number): string {
  const seconds = Math.max(0, Math.ceil(msLeft / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts.at(-1)?.[0] ?? '') : '')).toUpperCase() || '?';
}

/** "812 bytes", "48 KB", "3.4 MB": a file's size as people read it (1 KB = 1024 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte${bytes === 1 ? '' : 's'}`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${kb < 10 ? kb.toFixed(1).replace(/\.0$/, '') : Math.round(kb)} KB`;
  const mb = kb / 1024;
  return `${mb < 10 ? mb.toFixed(1).replace(/\.0$/, '') : Math.round(mb)} MB`;
}
