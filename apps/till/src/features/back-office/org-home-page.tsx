import { Navigate } from '@tanstack/react-router';
import { LoadingLine } from './loading-line';
import { ROLE_LABELS } from './office-format';
import { useOfficeOrg } from './office-org';
import { OfficePageHeader } from './office-page-header';
import { maySetUp, useOnboarding } from './use-onboarding';
import { useOfficeLayout } from './use-office-layout';

/**
 * An organisation's first page: for a business not yet approved whose set-up is unfinished, the
 * set-up wizard (so it resumes where it was left); otherwise its tills, else its members, else a
 * word about the role.
 */
export function OrgHomePage() {
  const org = useOfficeOrg();
  const onboarding = useOnboarding();
  const { canManageTills, canManageStaff } = useOfficeLayout();
  if (maySetUp(org) && org.approval !== 'approved') {
    if (!onboarding.data && !onboarding.error) {
      return <LoadingLine label="Loading…" />;
    }
    if (onboarding.data && !onboarding.data.complete) return <Navigate to="/admin/org/$orgId/setup" params={{ orgId: org.id }} replace />;
  }
  if (canManageTills) return <Navigate to="/admin/org/$orgId/tills" params={{ orgId: org.id }} replace />;
  if (canManageStaff) return <Navigate to="/admin/org/$orgId/members" params={{ orgId: org.id }} replace />;
  const roles = [...new Set(org.roles.map((r) => ROLE_LABELS[r.role].toLowerCase()))].join(' and ');
  return (
    <section className="office-page">
      <OfficePageHeader title={org.name} lead={`You are a ${roles} here.`} />
      <div className="office-card office-card-padded">
        <p>Tills and members are managed by owners and managers. You sell at the till with your PIN.</p>
      </div>
    </section>
  );
}
