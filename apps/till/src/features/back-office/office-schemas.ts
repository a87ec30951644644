import { tenantRoleSchema } from '@tillsafe/domain';
import { z } from 'zod';

/** The back-office API's answers (docs/api.md), parsed where they enter the PWA. */

export const approvalSchema = z.enum(['pending', 'approved', 'rejected']);
export type Approval = z.infer<typeof approvalSchema>;

export const membershipSchema = z.object({
  organisationId: z.string(),
  organisationName: z.string(),
  approval: approvalSchema,
  channelId: z.string().nullable(),
  role: tenantRoleSchema,
});
export type Membership = z.infer<typeof membershipSchema>;

export const officeUserSchema = z.object({ id: z.string(), email: z.string(), name: z.string(), platformAdmin: z.boolean() });
export type OfficeUser = z.infer<typeof officeUserSchema>;

export const meSchema = z.object({ user: officeUserSchema, memberships: z.array(membershipSchema) });
export type Me = z.infer<typeof meSchema>;

export const sessionSchema = meSchema.extend({ accessToken: z.string(), refreshToken: z.string(), expiresIn: z.number() });
export type SessionBody = z.infer<typeof sessionSchema>;

export const businessTypes = ['retailer', 'wholesaler', 'distributor', 'brand_owner', 'bar_restaurant'] as const;
export type BusinessType = (typeof businessTypes)[number];

export const deviceSchema = z.object({
  id: z.string(),
  name: z.string(),
  channelId: z.string(),
  channelName: z.string(),
  warehouseId: z.string(),
  lastSeq: z.number(),
  enrolledAt: z.string(),
  revokedAt: z.string().nullable(),
});
export type Device = z.infer<typeof deviceSchema>;

export const pairingCodeSchema = z.object({ code: z.string(), expiresAt: z.string(), singleUse: z.boolean() });
export type PairingCode = z.infer<typeof pairingCodeSchema>;

export const channelSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['store', 'bar']),
  currency: z.string(),
  warehouses: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type Channel = z.infer<typeof channelSchema>;

export const memberSchema = z.object({ id: z.string(), userId: z.string(), name: z.string(), email: z.string(), role: tenantRoleSchema, channelId: z.string().nullable() });
export type Member = z.infer<typeof memberSchema>;

export const invitationSchema = z.object({ id: z.string(), email: z.string(), role: tenantRoleSchema, channelId: z.string().nullable(), expiresAt: z.string() });
export type Invitation = z.infer<typeof invitationSchema>;
