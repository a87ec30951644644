import type { Role, TenantRole } from '@tillsafe/domain';

/** The demo organisation's fixed identities, so every fresh install looks the same. */
export const DEMO = {
  tenant: { id: '01935f00-0000-7000-8000-000000000001', name: 'Cellar & Harbour Co.' },
  store: {
    channel: { id: '01935f00-0000-7000-8000-0000000000c1', name: 'Corner Cellar', kind: 'store', currency: 'USD', locale: 'en-US' },
    warehouse: { id: '01935f00-0000-7000-8000-0000000000a1', name: 'Corner Cellar stockroom' },
  },
  bar: {
    channel: { id: '01935f00-0000-7000-8000-0000000000c2', name: 'Harbour Bar', kind: 'bar', currency: 'USD', locale: 'en-US' },
    warehouse: { id: '01935f00-0000-7000-8000-0000000000a2', name: 'Harbour Bar cellar' },
  },
  staff: [
    { id: '01935f00-0000-7000-8000-0000000005f1', name: 'Olivia Park', role: 'owner', pin: '1111' },
    { id: '01935f00-0000-7000-8000-0000000005f2', name: 'Marcus Reid', role: 'manager', pin: '2222' },
    { id: '01935f00-0000-7000-8000-0000000005f3', name: 'Casey Morgan', role: 'cashier', pin: '1234' },
    { id: '01935f00-0000-7000-8000-0000000005f4', name: 'Ben Okafor', role: 'bartender', pin: '4321' },
  ] satisfies { id: string; name: string; role: Role; pin: string }[],
  /** Back-office sign-ins: the owner for everything, the manager for the store only. */
  users: [
    { id: '01935f00-0000-7000-8000-0000000006a1', name: 'Olivia Park', email: 'owner@cellar-harbour.example', password: 'demo-owner-password', role: 'owner', channel: null },
    { id: '01935f00-0000-7000-8000-0000000006a2', name: 'Marcus Reid', email: 'manager@cellar-harbour.example', password: 'demo-manager-password', role: 'manager', channel: 'store' },
  ] satisfies { id: string; name: string; email: string; password: string; role: TenantRole; channel: 'store' | 'bar' | null }[],
  /** A platform administrator: belongs to no organisation, reviews and approves new businesses. */
  platformAdmin: { id: '01935f00-0000-7000-8000-0000000006b1', name: 'Pat Admin', email: 'admin@tillsafe.example', password: 'demo-admin-password' },
} as const;
