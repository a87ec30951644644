import { z } from 'zod';

/**
 * Who may do what. A role is held per channel (a manager of one store may be a cashier in
 * another); the capability matrix is the one place that maps roles to what they may do, read by
 * the mutators on till and server and by every back-office route.
 */
export const roles = ['owner', 'manager', 'cashier', 'bartender', 'driver', 'platform_admin'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

/** Roles an organisation gives its own people; platform admins belong to the platform, not a tenant. */
export const tenantRoles = ['owner', 'manager', 'cashier', 'bartender', 'driver'] as const satisfies readonly Role[];
export const tenantRoleSchema = z.enum(tenantRoles);
export type TenantRole = z.infer<typeof tenantRoleSchema>;

export const capabilities = [
  'sale.create',
  'customer.edit',
  'tab.manage',
  'cash.event',
  'discount.over_limit',
  'price.override',
  'refund.create',
  'refund.no_receipt',
  'drawer.open.nosale',
  'stock.adjust',
  'catalog.edit',
  'pricing.edit',
  'shift.reconcile',
  'staff.manage',
  'device.manage',
  /** Reading the organisation's audit log. */
  'audit.view',
  'business.approve',
] as const;
export type Capability = (typeof capabilities)[number];

const TENANT_CAPABILITIES = capabilities.filter((c) => c !== 'business.approve');

const matrix: Record<Role, readonly Capability[]> = {
  owner: TENANT_CAPABILITIES,
  manager: TENANT_CAPABILITIES,
  cashier: ['sale.create', 'customer.edit', 'tab.manage', 'cash.event', 'refund.create'],
  bartender: ['sale.create', 'customer.edit', 'tab.manage', 'cash.event'],
  driver: ['sale.create', 'customer.edit'],
  platform_admin: ['business.approve'],
};

export function can(role: Role, capability: Capability): boolean {
  return matrix[role].includes(capability);
}

/** Capabilities of a role, for screens that show them. */
export function capabilitiesOf(role: Role): readonly Capability[] {
  return matrix[role];
}

/**
 * The largest manual discount a role may give on its own, in basis points of the amount
 * discounted; beyond it the discount needs an approving actor with `discount.over_limit`.
 */
const DISCOUNT_LIMIT_BP: Record<Role, number> = {
  owner: 10_000,
  manager: 10_000,
  cashier: 1_000,
  bartender: 1_000,
  driver: 0,
  platform_admin: 0,
};

export function discountLimitBp(role: Role): number {
  return DISCOUNT_LIMIT_BP[role];
}

/**
 * Whether `granter` may give `role` to someone: owners give any tenant role, managers give the
 * roles below them; nobody hands out platform administration from inside a tenant.
 */
export function mayGrantRole(granter: Role, role: Role): boolean {
  if (role === 'platform_admin') return false;
  if (granter === 'owner') return true;
  return granter === 'manager' && role !== 'owner' && role !== 'manager';
}

/** A role someone holds in an organisation: in one channel, or in every channel when `channelId` is null. */
export interface RoleGrant {
  channelId: string | null;
  role: TenantRole;
}

/** Highest first: where several of a person's roles apply, they act with the highest. */
const RANK: readonly TenantRole[] = ['owner', 'manager', 'cashier', 'bartender', 'driver'];

/** The highest of `grants`' roles; undefined when there are none. */
export function highestRole(grants: readonly Pick<RoleGrant, 'role'>[]): TenantRole | undefined {
  return RANK.find((role) => grants.some((g) => g.role === role));
}

/**
 * The role a person acts with in `channelId` — at that channel's tills and in the mutations they
 * push: the highest of their roles for that channel or for every channel. A manager of one store
 * who is a cashier in another is a cashier there. Undefined when none applies: they have no role
 * in that channel at all.
 */
export function roleInChannel(grants: readonly RoleGrant[], channelId: string): TenantRole | undefined {
  return highestRole(grants.filter((g) => g.channelId === null || g.channelId === channelId));
}
