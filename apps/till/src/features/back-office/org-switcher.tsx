import { useNavigate } from '@tanstack/react-router';
import { ApprovalPill } from './approval-notice';
import type { OfficeOrg } from './office-org';

/** The organisation in view; with several, a menu to switch between them. */
export function OrgSwitcher({ org, orgs }: { org: OfficeOrg; orgs: readonly OfficeOrg[] }) {
  const navigate = useNavigate();
  return (
    <div className="office-org">
      <span className="office-org-caption">Organisation</span>
      {orgs.length > 1 ? (
        <select
          className="office-org-select"
          aria-label="Organisation"
          value={org.id}
          onChange={(e) => {
            void navigate({ to: '/admin/org/$orgId', params: { orgId: e.target.value } });
          }}
        >
          {orgs.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      ) : (
        <strong className="office-org-name">{org.name}</strong>
      )}
      <ApprovalPill approval={org.approval} />
    </div>
  );
}
