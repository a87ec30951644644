import type { TenantRole } from '@tillsafe/domain';
import { useState } from 'react';
import { grantableRoles, grantableScopes } from './grants';
import type { MemberChange } from './office-api';
import { useOfficeOrg } from './office-org';
import type { Channel } from './office-schemas';

/** A role and where it holds, offering only what the person may grant there. */
export function useRoleScope(channels: readonly Channel[], initial?: MemberChange) {
  const org = useOfficeOrg();
  const scopes = grantableScopes(org.roles, channels);
  const [scope, setScope] = useState<string | null | undefined>(initial ? initial.channelId : undefined);
  const [role, setRole] = useState<TenantRole | undefined>(initial?.role);
  const chosenScope = scope !== undefined && scopes.includes(scope) ? scope : (scopes[0] ?? null);
  const roles = grantableRoles(org.roles, chosenScope);
  const chosenRole = role && roles.includes(role) ? role : roles.includes('cashier') ? 'cashier' : roles[0];
  return {
    scopes,
    roles,
    scope: chosenScope,
    role: chosenRole,
    setScope,
    setRole,
    value: chosenRole === undefined ? undefined : ({ role: chosenRole, channelId: chosenScope } satisfies MemberChange),
  };
}
