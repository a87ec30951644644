import { Link } from '@tanstack/react-router';
import { ApprovalPill } from './approval-notice';
import { OfficeAuthFrame } from './office-auth-frame';
import { ROLE_LABELS } from './office-format';
import { organisationsOf } from './office-org';
import { officeSession, useOfficeSession } from './office-services';
import { useLeaveWhenSignedOut } from './use-office-layout';

/** Several organisations: pick one. None (e.g. a platform administrator): say so. */
export function OrganisationsPage() {
  useLeaveWhenSignedOut();
  const memberships = useOfficeSession((s) => (s.status === 'signed-in' ? s.memberships : []));
  const orgs = organisationsOf(memberships);
  return (
    <OfficeAuthFrame
      title={orgs.length ? 'Choose an organisation' : 'No organisation yet'}
      lead={orgs.length ? 'You work with more than one. You can switch at any time from the sidebar.' : 'This account has no role in any organisation. Ask an owner to invite you, or create a business account.'}
      footer={
        <button type="button" className="office-link-button" onClick={() => void officeSession.signOut()}>
          Sign out
        </button>
      }
    >
      <ul className="office-org-list">
        {orgs.map((org) => (
          <li key={org.id}>
            <Link to="/admin/org/$orgId" params={{ orgId: org.id }} className="office-org-choice">
              <span className="office-org-choice-name">{org.name}</span>
              <span className="office-org-choice-meta">
                {[...new Set(org.roles.map((r) => ROLE_LABELS[r.role]))].join(', ')} <ApprovalPill approval={org.approval} />
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </OfficeAuthFrame>
  );
}
