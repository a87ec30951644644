import { can } from '@tillsafe/domain';
import { EmptyState } from './empty-state';
import { AUDIT_ACTION_LABELS, auditActionLabel, auditDetails } from './audit-format';
import type { AuditEntry } from './audit-schemas';
import { formatDateTime } from './office-format';
import { useOfficeOrg } from './office-org';
import { OfficePageHeader } from './office-page-header';
import { officeApi } from './office-services';
import { OfficeTable } from './office-table';
import { ResourceCard } from './resource-card';
import { SelectField } from './select-field';
import { TextField } from './text-field';
import { useAuditLog } from './use-audit-log';
import { useResource } from './use-resource';
import './audit-page.css';

const COLUMNS = ['When', 'What', 'Who', 'Till', 'Details'];
const ACTION_OPTIONS = [{ value: '', label: 'All actions' }, ...Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => ({ value, label }))];

/**
 * The organisation's audit log for owners and managers: who did what, when, where; filtered and
 * paged. A manager of some stores reads what happened in those (the server filters).
 */
export function AuditPage() {
  const org = useOfficeOrg();
  const wholeOrganisation = org.roles.some((r) => r.channelId === null && can(r.role, 'audit.view'));
  const log = useAuditLog();
  const actors = useResource(`audit-actors:${org.id}`, () => officeApi.listAuditActors(org.id));
  const names = new Map((actors.data ?? []).map((a) => [a.id, a.name]));
  const entries = log.entries ?? [];
  const filtered = log.filters.action !== '' || log.filters.actor !== '' || log.filters.from !== '' || log.filters.to !== '';

  return (
    <section className="office-page" aria-labelledby="audit-title">
      <OfficePageHeader
        titleId="audit-title"
        title="Audit log"
        lead={
          wholeOrganisation
            ? 'Sign-ins, role changes, tills, approvals, refunds and no-sales, newest first.'
            : 'What happened in your stores, newest first: at their tills, and the roles, invitations and pairing codes for them.'
        }
      />
      <form
        className="office-card office-card-padded audit-filters"
        aria-label="Filter the audit log"
        onSubmit={(e) => {
          e.preventDefault();
        }}
      >
        <SelectField label="Action" value={log.filters.action} options={ACTION_OPTIONS} onValue={log.filterSetter('action')} />
        <SelectField
          label="Person"
          value={log.filters.actor}
          options={[{ value: '', label: 'Everyone' }, ...(actors.data ?? []).map((a) => ({ value: a.id, label: `${a.name}${a.kind === 'staff' ? ' (till)' : ''}` }))]}
          onValue={log.filterSetter('actor')}
        />
        <TextField label="From" type="date" value={log.filters.from} max={log.filters.to || undefined} onValue={log.filterSetter('from')} />
        <TextField label="To" type="date" value={log.filters.to} min={log.filters.from || undefined} onValue={log.filterSetter('to')} />
        {filtered ? (
          <button type="button" className="btn btn-ghost audit-clear" onClick={log.clearFilters}>
            Clear filters
          </button>
        ) : null}
      </form>
      <ResourceCard
        resource={{ data: log.entries, error: log.error, loading: log.loading }}
        loadingLabel="Loading the audit log…"
        empty={entries.length === 0 ? <EmptyState title="Nothing recorded">{filtered ? 'No entry matches these filters.' : 'Entries appear here as people work.'}</EmptyState> : undefined}
      >
        <OfficeTable label="Audit log" columns={COLUMNS}>
          {entries.map((entry) => (
            <AuditRow key={entry.id} entry={entry} names={(id) => names.get(id)} />
          ))}
        </OfficeTable>
        {log.hasOlder ? (
          <div className="audit-more">
            <button type="button" className="btn btn-ghost" onClick={log.loadOlder} disabled={log.loading}>
              {log.loading ? 'Loading…' : 'Show older entries'}
            </button>
          </div>
        ) : null}
      </ResourceCard>
    </section>
  );
}

function AuditRow({ entry, names }: { entry: AuditEntry; names: (id: string) => string | undefined }) {
  return (
    <tr>
      <td className="audit-when">
        <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
      </td>
      <td>{auditActionLabel(entry.action)}</td>
      <td>{entry.actor ? entry.actor.name : <span className="muted">{entry.ip ?? '—'}</span>}</td>
      <td>{entry.device?.name ?? <span className="muted">—</span>}</td>
      <td className="audit-details">{auditDetails(entry, names)}</td>
    </tr>
  );
}
