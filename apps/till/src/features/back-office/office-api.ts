import { tenantRoleSchema, type TenantRole } from '@tillsafe/domain';
import { z } from 'zod';
import { callJson, noContent, type FetchLike } from './office-http';
import { auditActorSchema, auditPageSchema, type AuditActor, type AuditPage } from './audit-schemas';
import type { OfficeSession } from './office-session';
import {
  channelSchema,
  deviceSchema,
  invitationSchema,
  memberSchema,
  pairingCodeSchema,
  sessionSchema,
  type BusinessType,
  type Channel,
  type Device,
  type Invitation,
  type Member,
  type PairingCode,
} from './office-schemas';

export interface SignUpInput {
  name: string;
  email: string;
  password: string;
  organisationName: string;
  businessType: BusinessType;
}

export interface MemberChange {
  role: TenantRole;
  channelId: string | null;
}

/** The back-office calls of docs/api.md; the signed-in ones go through the session. */
export function createOfficeApi(session: OfficeSession, fetchImpl: FetchLike) {
  const org = (orgId: string) => `/api/v1/organisations/${encodeURIComponent(orgId)}`;
  return {
    async signUp(input: SignUpInput): Promise<void> {
      session.adopt(await callJson(fetchImpl, '/api/v1/auth/signup', sessionSchema, { body: input }));
    },
    requestPasswordReset: (email: string) => callJson(fetchImpl, '/api/v1/auth/password-reset', z.unknown(), { body: { email } }).then(() => undefined),
    confirmPasswordReset: (token: string, newPassword: string) => callJson(fetchImpl, '/api/v1/auth/password-reset/confirm', noContent, { body: { token, newPassword } }),
    /**
     * Joins with the invited role. Signed in, the call carries this account (an existing account
     * must); otherwise it makes a new account from the name and password.
     */
    async acceptInvitation(token: string, newPerson?: { name: string; password: string }): Promise<void> {
      const signedIn = session.store.getState().status === 'signed-in';
      const body = { token, ...newPerson };
      const answered = signedIn
        ? await session.request('/api/v1/auth/invitations/accept', sessionSchema, { body })
        : await callJson(fetchImpl, '/api/v1/auth/invitations/accept', sessionSchema, { body });
      // The answer is a fresh sign-in; the one it replaces is ended on the server.
      if (signedIn) await session.replaceWith(answered);
      else session.adopt(answered);
    },

    listChannels: async (orgId: string): Promise<Channel[]> => (await session.request(`${org(orgId)}/channels`, z.object({ channels: z.array(channelSchema) }))).channels,
    listDevices: async (orgId: string): Promise<Device[]> => (await session.request(`${org(orgId)}/devices`, z.object({ devices: z.array(deviceSchema) }))).devices,
    createPairingCode: (orgId: string, place: { channelId: string; warehouseId: string }): Promise<PairingCode> =>
      session.request(`${org(orgId)}/pairing-codes`, pairingCodeSchema, { body: place }),
    renameDevice: (orgId: string, deviceId: string, name: string) =>
      session.request(`${org(orgId)}/devices/${encodeURIComponent(deviceId)}`, z.object({ id: z.string(), name: z.string() }), { method: 'PATCH', body: { name } }),
    revokeDevice: (orgId: string, deviceId: string) =>
      session.request(`${org(orgId)}/devices/${encodeURIComponent(deviceId)}/revoke`, z.object({ id: z.string(), revokedAt: z.string() }), { method: 'POST', body: {} }),

    listMembers: (orgId: string): Promise<{ members: Member[]; invitations: Invitation[] }> =>
      session.request(`${org(orgId)}/members`, z.object({ members: z.array(memberSchema), invitations: z.array(invitationSchema) })),
    invite: (orgId: string, invitation: { email: string } & MemberChange): Promise<Invitation> => session.request(`${org(orgId)}/invitations`, invitationSchema, { body: invitation }),
    changeMember: (orgId: string, membershipId: string, change: MemberChange) =>
      session.request(`${org(orgId)}/members/${encodeURIComponent(membershipId)}`, z.object({ id: z.string() }), { method: 'PATCH', body: change }),
    removeMember: (orgId: string, membershipId: string) => session.request(`${org(orgId)}/members/${encodeURIComponent(membershipId)}`, noContent, { method: 'DELETE' }),

    /** The audit log, newest first; `cursor` is the previous page's `nextCursor`. */
    listAudit: (orgId: string, query: { action?: string; actor?: string; from?: string; to?: string; cursor?: string }): Promise<AuditPage> =>
      session.request(`${org(orgId)}/audit?${new URLSearchParams(query).toString()}`, auditPageSchema),
    listAuditActors: async (orgId: string): Promise<AuditActor[]> => (await session.request(`${org(orgId)}/audit/actors`, z.object({ actors: z.array(auditActorSchema) }))).actors,

    tillPinStatus: (orgId: string) => session.request(`${org(orgId)}/till-pin`, z.object({ set: z.boolean(), role: tenantRoleSchema })),
    setTillPin: (orgId: string, pin: string) => session.request(`${org(orgId)}/till-pin`, noContent, { method: 'PUT', body: { pin } }),
  };
}

export type OfficeApi = ReturnType<typeof createOfficeApi>;
