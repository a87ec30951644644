import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { ApprovalNotice } from './approval-notice';
import { CatalogIcon } from './catalog-icon';
import { CheckoutIcon } from './checkout-icon';
import { QuickKeysIcon } from './quick-keys-icon';
import { OfficeBrand } from './office-brand';
import { ApprovalIcon, AuditIcon, BusinessesIcon, PeopleIcon, PinIcon, SetupIcon, TillIcon } from './office-icons';
import { OfficeOrgContext } from './office-org';
import { OfficeSidebarFooter } from './office-sidebar-footer';
import { OrgSwitcher } from './org-switcher';
import { maySetUp, OnboardingContext, useOnboardingResource } from './use-onboarding';
import { useOfficeLayout } from './use-office-layout';
import '../../styles/back-office.css';

const activeProps = { className: 'office-nav-link active', 'aria-current': 'page' } as const;

/** The back office's frame: a sidebar (organisation, pages, the person) beside the page. */
export function OfficeLayout() {
  const { org, orgs, user, canManageTills, canManageStaff, canReadAudit, canArrangeQuickKeys, canSetCheckout, signOut } = useOfficeLayout();
  const onboarding = useOnboardingResource(org);
  // The approval page says where approval stands itself; the banner would say it twice.
  const onApprovalPage = useRouterState({ select: (s) => s.location.pathname.endsWith('/approval') });
  if (!org || !user) return <div className="screen-loading">Loading…</div>;
  const setUp = maySetUp(org);
  const view = onboarding.data;
  const stepsDone = view?.steps.filter((s) => s.done).length ?? 0;

  return (
    <OfficeOrgContext.Provider value={org}>
      <OnboardingContext.Provider value={onboarding}>
        <div className="office">
          <aside className="office-sidebar">
            <OfficeBrand area="Back office" />
            <OrgSwitcher org={org} orgs={orgs} />
            <nav className="office-nav" aria-label="Back office">
              {setUp && view && !view.complete ? (
                <Link to="/admin/org/$orgId/setup" params={{ orgId: org.id }} className="office-nav-link" activeProps={activeProps}>
                  <SetupIcon />
                  <span>Set up</span>
                  <span className="office-nav-count" aria-label={`${stepsDone} of ${view.steps.length} steps done`}>
                    {stepsDone}/{view.steps.length}
                  </span>
                </Link>
              ) : null}
              {setUp ? (
                <Link to="/admin/org/$orgId/catalog" params={{ orgId: org.id }} className="office-nav-link" activeProps={activeProps}>
                  <CatalogIcon />
                  <span>Catalog</span>
                </Link>
              ) : null}
              {canArrangeQuickKeys ? (
                <Link to="/admin/org/$orgId/quick-keys" params={{ orgId: org.id }} className="office-nav-link" activeProps={activeProps}>
                  <QuickKeysIcon />
                  <span>Quick keys</span>
                </Link>
              ) : null}
              {canSetCheckout ? (
                <Link to="/admin/org/$orgId/checkout" params={{ orgId: org.id }} className="office-nav-link" activeProps={activeProps}>
                  <CheckoutIcon />
                  <span>Checkout</span>
                </Link>
              ) : null}
              {canManageTills ? (
                <Link to="/admin/org/$orgId/tills" params={{ orgId: org.id }} className="office-nav-link" activeProps={activeProps}>
                  <TillIcon />
                  <span>Tills</span>
                </Link>
              ) : null}
              {canManageStaff ? (
                <Link to="/admin/org/$orgId/members" params={{ orgId: org.id }} className="office-nav-link" activeProps={activeProps}>
                  <PeopleIcon />
                  <span>Members</span>
                </Link>
              ) : null}
              {canReadAudit ? (
                <Link to="/admin/org/$orgId/audit" params={{ orgId: org.id }} className="office-nav-link" activeProps={activeProps}>
                  <AuditIcon />
                  <span>Audit log</span>
                </Link>
              ) : null}
              <Link to="/admin/org/$orgId/till-pin" params={{ orgId: org.id }} className="office-nav-link" activeProps={activeProps}>
                <PinIcon />
                <span>Till PIN</span>
              </Link>
              {setUp ? (
                <Link to="/admin/org/$orgId/approval" params={{ orgId: org.id }} className="office-nav-link" activeProps={activeProps}>
                  <ApprovalIcon />
                  <span>Approval</span>
                </Link>
              ) : null}
              {user.platformAdmin ? (
                <Link to="/admin/businesses" search={{ status: 'pending' }} className="office-nav-link" activeProps={activeProps}>
                  <BusinessesIcon />
                  <span>Review businesses</span>
                </Link>
              ) : null}
            </nav>
            <OfficeSidebarFooter user={user} signOut={signOut} />
          </aside>
          <main className="office-main">
            {onApprovalPage ? null : <ApprovalNotice approval={org.approval} />}
            <Outlet />
          </main>
        </div>
      </OnboardingContext.Provider>
    </OfficeOrgContext.Provider>
  );
}
