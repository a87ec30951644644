import { Link, Outlet } from '@tanstack/react-router';
import { OfficeBrand } from './office-brand';
import { BusinessesIcon } from './office-icons';
import { organisationsOf } from './office-org';
import { officeSession, useOfficeSession } from './office-services';
import { OfficeSidebarFooter } from './office-sidebar-footer';
import { useLeaveWhenSignedOut } from './use-office-layout';
import '../../styles/back-office.css';

/** The platform administrators' frame: the same sidebar as an organisation's, with the review queue. */
export function PlatformLayout() {
  useLeaveWhenSignedOut();
  const state = useOfficeSession((s) => s);
  if (state.status !== 'signed-in') return <div className="screen-loading">Loading…</div>;
  const orgs = organisationsOf(state.memberships);

  return (
    <div className="office">
      <aside className="office-sidebar">
        <OfficeBrand area="Platform admin" />
        <nav className="office-nav" aria-label="Back office">
          <Link to="/admin/businesses" search={{ status: 'pending' }} className="office-nav-link" activeProps={{ className: 'office-nav-link active', 'aria-current': 'page' }} activeOptions={{ includeSearch: false }}>
            <BusinessesIcon />
            <span>Review businesses</span>
          </Link>
          {orgs.map((org) => (
            <Link key={org.id} to="/admin/org/$orgId" params={{ orgId: org.id }} className="office-nav-link">
              <span className="office-nav-org">{org.name}</span>
            </Link>
          ))}
        </nav>
        <OfficeSidebarFooter user={state.user} signOut={() => void officeSession.signOut()} />
      </aside>
      <main className="office-main">
        <Outlet />
      </main>
    </div>
  );
}
