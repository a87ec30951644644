import { useNavigate, useParams } from '@tanstack/react-router';
import { useEffect, useMemo } from 'react';
import { can } from '@tillsafe/domain';
import { organisationsOf, type OfficeOrg } from './office-org';
import { officeSession, useOfficeSession } from './office-services';

/** The organisation of the URL, the person, and where to go when the session ends. */
export function useOfficeLayout() {
  const { orgId } = useParams({ strict: false });
  const state = useOfficeSession((s) => s);
  const orgs = useMemo(() => (state.status === 'signed-in' ? organisationsOf(state.memberships) : []), [state]);
  const org: OfficeOrg | undefined = orgs.find((o) => o.id === orgId);

  useLeaveWhenSignedOut();

  return {
    org,
    orgs,
    user: state.status === 'signed-in' ? state.user : undefined,
    canManageTills: org?.roles.some((r) => can(r.role, 'device.manage')) ?? false,
    canManageStaff: org?.roles.some((r) => can(r.role, 'staff.manage')) ?? false,
    /** Quick keys are per store: a role that edits the catalog in any of them will do. */
    canArrangeQuickKeys: org?.roles.some((r) => can(r.role, 'catalog.edit')) ?? false,
    /** Checkout settings are per store too. */
    canSetCheckout: org?.roles.some((r) => can(r.role, 'pricing.edit')) ?? false,
    /** A store's manager reads the log too: the server gives them their stores' entries only. */
    canReadAudit: org?.roles.some((r) => can(r.role, 'audit.view')) ?? false,
    signOut: () => void officeSession.signOut(),
  };
}

/** Signed out here or in another window, or the sign-in ended: back to the sign-in page, which says why. */
export function useLeaveWhenSignedOut(): void {
  const navigate = useNavigate();
  const status = useOfficeSession((s) => s.status);
  useEffect(() => {
    if (status === 'signed-out') void navigate({ to: '/admin/sign-in', replace: true });
  }, [status, navigate]);
}
