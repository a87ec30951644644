import { Link, Outlet } from '@tanstack/react-router';
import { BrandMark } from '../brand/brand-mark';
import { ApprovalNotice } from './approval-notice';
import { initials } from './office-format';
import { OpenTillIcon, PeopleIcon, SignOutIcon, TillIcon } from './office-icons';
import { OfficeOrgContext } from './office-org';
import { OrgSwitcher } from './org-switcher';
import { useOfficeLayout } from './use-office-layout';
import '../../styles/back-office.css';

/** The back office's frame: a sidebar (organisation, pages, the person) beside the page. */
export function OfficeLayout() {
  const { org, orgs, user, canManageTills, canManageStaff, signOut } = useOfficeLayout();
  if (!org || !user) return <div className="screen-loading">Loading…</div>;

  return (
    <OfficeOrgContext.Provider value={org}>
      <div className="office">
        <aside className="office-sidebar">
          <div className="office-brand">
            <BrandMark size={34} />
            <span>
              Tillsafe <small>Back office</small>
            </span>
          </div>
          <OrgSwitcher org={org} orgs={orgs} />
          <nav className="office-nav" aria-label="Back office">
            {canManageTills ? (
              <Link to="/admin/org/$orgId/tills" params={{ orgId: org.id }} className="office-nav-link" activeProps={{ className: 'office-nav-link active', 'aria-current': 'page' }}>
                <TillIcon />
                <span>Tills</span>
              </Link>
            ) : null}
            {canManageStaff ? (
              <Link to="/admin/org/$orgId/members" params={{ orgId: org.id }} className="office-nav-link" activeProps={{ className: 'office-nav-link active', 'aria-current': 'page' }}>
                <PeopleIcon />
                <span>Members</span>
              </Link>
            ) : null}
          </nav>
          <div className="office-sidebar-footer">
            <Link to="/" className="office-nav-link office-open-till">
              <OpenTillIcon />
              <span>Open the till</span>
            </Link>
            <div className="office-user">
              <span className="avatar avatar-sm" aria-hidden="true">
                {initials(user.name)}
              </span>
              <span className="office-user-text">
                <strong>{user.name}</strong>
                <span>{user.email}</span>
              </span>
              <button type="button" className="office-icon-button" onClick={signOut} aria-label="Sign out" title="Sign out">
                <SignOutIcon />
              </button>
            </div>
          </div>
        </aside>
        <main className="office-main">
          <ApprovalNotice approval={org.approval} />
          <Outlet />
        </main>
      </div>
    </OfficeOrgContext.Provider>
  );
}
