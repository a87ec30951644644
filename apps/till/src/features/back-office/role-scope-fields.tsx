import type { TenantRole } from '@tillsafe/domain';
import { ROLE_LABELS, scopeLabel } from './office-format';
import type { Channel } from './office-schemas';
import { SelectField } from './select-field';
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
      <SelectField
        label="Role"
        hint={pick.role ? ROLE_HINTS[pick.role] : undefined}
        value={pick.role ?? ''}
        options={pick.roles.map((role) => ({ value: role, label: ROLE_LABELS[role] }))}
        onValue={(role) => {
          pick.setRole(role as TenantRole);
        }}
        disabled={pick.roles.length === 0}
      />
      <SelectField
        label="Channel"
        value={pick.scope ?? 'all'}
        options={pick.scopes.map((scope) => ({ value: scope ?? 'all', label: scopeLabel(scope, channels) }))}
        onValue={(scope) => {
          pick.setScope(scope === 'all' ? null : scope);
        }}
      />
    </div>
  );
}
