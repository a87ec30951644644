import { createContext, useContext } from 'react';
import type { Approval, Membership } from './office-schemas';

/** The organisation the back office is looking at, and the person's roles in it. */
export interface OfficeOrg {
  id: string;
  name: string;
  approval: Approval;
  roles: Membership[];
}

export const OfficeOrgContext = createContext<OfficeOrg | undefined>(undefined);

export function useOfficeOrg(): OfficeOrg {
  const org = useContext(OfficeOrgContext);
  if (!org) throw new Error('useOfficeOrg is used outside an organisation’s pages');
  return org;
}

/** The organisations among `memberships`, once each, with the person's roles in each. */
export function organisationsOf(memberships: readonly Membership[]): OfficeOrg[] {
  const byId = new Map<string, OfficeOrg>();
  for (const m of memberships) {
    const org = byId.get(m.organisationId) ?? { id: m.organisationId, name: m.organisationName, approval: m.approval, roles: [] };
    org.roles.push(m);
    byId.set(m.organisationId, org);
  }
  return [...byId.values()];
}
