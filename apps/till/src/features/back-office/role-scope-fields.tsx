import type { TenantRole } from '@tillsafe/domain';
import { ROLE_LABELS, scopeLabel } from './office-format';
import type { Channel } from './office-schemas';
import type { useRoleScope } from './use-role-scope';

const ROLE_HINTS: Record<TenantRole, string> = {
  owner: 'Everything, including members and approval documents.',
  manager: 'Tills, catalog, shifts and staff below managers.',
  cashier: 'Sells at the till with a PIN.',
  bartender: 'Runs tabs and sells at the bar.',
  driver: 'Delivers orders.',
};

/** The role and channel pickers shared by inviting and changing a role. */
export function RoleScopeFields({ pick, channels }: { pick: ReturnType<typeof useRoleScope>; channels: readonly Channel[] }) {
  return (
    <div className="office-field-pair">
      <label className="field">
        <span className="field-label">Role</span>
        <select
          className="input"
          value={pick.role ?? ''}
          onChange={(e) => {
            pick.setRole(e.target.value as TenantRole);
          }}
          disabled={pick.roles.length === 0}
        >
          {pick.roles.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </select>
        {pick.role ? <span className="field-hint">{ROLE_HINTS[pick.role]}</span> : null}
      </label>
      <label className="field">
        <span className="field-label">Channel</span>
        <select
          className="input"
          value={pick.scope ?? 'all'}
          onChange={(e) => {
            pick.setScope(e.target.value === 'all' ? null : e.target.value);
          }}
        >
          {pick.scopes.map((scope) => (
            <option key={scope ?? 'all'} value={scope ?? 'all'}>
              {scopeLabel(scope, channels)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
