import { Link } from '@tanstack/react-router';
import { initials } from './office-format';
import { OpenTillIcon, SignOutIcon } from './office-icons';
import type { OfficeUser } from './office-schemas';

/** The foot of the back office's sidebar: the way to the till, the person, and signing out. */
export function OfficeSidebarFooter({ user, signOut }: { user: OfficeUser; signOut: () => void }) {
  return (
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
  );
}
