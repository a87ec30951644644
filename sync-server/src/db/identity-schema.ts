import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { channels, devices, staff, tenants } from './schema';

/**
 * Identity tables: back-office users and their roles per organisation and channel, refresh
 * token families, sign-in throttling, password resets, business approval and the audit log.
 * Kept apart from the sync tables so each file stays one concept; drizzle-kit reads both.
 */

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey(),
    /** Lower-cased; unique across the platform. */
    email: text('email').notNull(),
    name: text('name').notNull(),
    /** argon2id PHC string; the password itself is never stored. */
    passwordHash: text('password_hash').notNull(),
    platformAdmin: boolean('platform_admin').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('users_email').on(t.email)],
);

/** A user's role in an organisation: for every channel (channel_id null) or for one channel. */
export const memberships = pgTable(
  'memberships',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id').notNull().references(() => users.id),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    channelId: uuid('channel_id').references(() => channels.id),
    role: text('role', { enum: ['owner', 'manager', 'cashier', 'bartender', 'driver'] }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('memberships_user_scope').on(t.userId, t.tenantId, sql`coalesce(${t.channelId}, '00000000-0000-0000-0000-000000000000'::uuid)`),
    index('memberships_tenant').on(t.tenantId),
  ],
);

/** The business behind an organisation and where its approval stands. */
export const businessProfiles = pgTable('business_profiles', {
  tenantId: uuid('tenant_id')
    .primaryKey()
    .references(() => tenants.id),
  businessType: text('business_type', { enum: ['retailer', 'wholesaler', 'distributor', 'brand_owner', 'bar_restaurant'] }).notNull(),
  approval: text('approval', { enum: ['pending', 'approved', 'rejected'] }).notNull().default('pending'),
  approvalReason: text('approval_reason'),
  decidedBy: uuid('decided_by').references(() => users.id),
  decidedAt: timestamp('decided_at', { withTimezone: true }),
});

/**
 * Refresh tokens rotate on every use; all tokens descended from one sign-in share a family, so
 * presenting a token that was already used (a stolen copy) revokes the whole family.
 */
export const refreshTokens = pgTable(
  'refresh_tokens',
  {
    id: uuid('id').primaryKey(),
    familyId: uuid('family_id').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** SHA-256 of the token. */
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('refresh_tokens_hash').on(t.tokenHash), index('refresh_tokens_family').on(t.familyId)],
);

/** Failed sign-ins per key (`account:<email>` or `ip:<address>`), shared by every server replica. */
export const signInThrottle = pgTable('sign_in_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull(),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
});

/** Single-use password reset tokens (SHA-256 kept). */
export const passwordResets = pgTable('password_resets', {
  tokenHash: text('token_hash').primaryKey(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
});

/** Server-wide secrets made on first start (the access-token signing key), shared by replicas. */
export const serverSecrets = pgTable('server_secrets', {
  name: text('name').primaryKey(),
  value: text('value').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Who did what, when, from where, with the state before and after. Append-only. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid('id').primaryKey(),
    /** Null for platform events that belong to no organisation (a failed sign-in to an unknown email). */
    tenantId: uuid('tenant_id').references(() => tenants.id),
    action: text('action').notNull(),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    actorStaffId: uuid('actor_staff_id').references(() => staff.id),
    deviceId: uuid('device_id').references(() => devices.id),
    subject: text('subject'),
    before: jsonb('before'),
    after: jsonb('after'),
    ip: text('ip'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('audit_log_tenant_at').on(t.tenantId, t.at)],
);

/** An invitation to join an organisation with a role, mailed as a single-use link (7 days). */
export const invitations = pgTable(
  'invitations',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    email: text('email').notNull(),
    role: text('role', { enum: ['owner', 'manager', 'cashier', 'bartender', 'driver'] }).notNull(),
    channelId: uuid('channel_id').references(() => channels.id),
    tokenHash: text('token_hash').notNull(),
    invitedBy: uuid('invited_by')
      .notNull()
      .references(() => users.id),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('invitations_token').on(t.tokenHash), index('invitations_tenant').on(t.tenantId)],
);
