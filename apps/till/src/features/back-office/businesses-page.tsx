import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { ApprovalPill } from './approval-notice';
import { businessStatusFilters, type BusinessStatusFilter } from './business-schemas';
import { EmptyState } from './empty-state';
import { BUSINESS_TYPE_LABELS, formatDate, formatDateTime } from './office-format';
import { OfficePageHeader } from './office-page-header';
import { OfficeTable } from './office-table';
import { ResourceCard } from './resource-card';
import { platformApi } from './office-services';
import { useResource } from './use-resource';

const BUSINESS_COLUMNS = ['Business', 'Owner', 'Signed up', { label: 'Documents', className: 'office-cell-number' }, 'Status'];
const FILTER_LABELS: Record<BusinessStatusFilter, string> = { pending: 'Awaiting approval', approved: 'Approved', rejected: 'Not approved', all: 'All' };

/** Platform admins: businesses by approval status, oldest first, each opening its review. */
export function BusinessesPage() {
  const status = useSearch({ from: '/admin/businesses', select: (s) => s.status ?? 'pending' });
  const navigate = useNavigate();
  const businesses = useResource(`businesses:${status}`, () => platformApi.listBusinesses(status));
  const list = businesses.data ?? [];

  return (
    <section className="office-page" aria-labelledby="businesses-title">
      <OfficePageHeader titleId="businesses-title" title="Businesses" lead="New businesses wait here until their documents are checked. Oldest first." />

      <div className="office-filter" role="group" aria-label="Show businesses">
        {businessStatusFilters.map((filter) => (
          <button
            key={filter}
            type="button"
            className={`office-filter-button${filter === status ? ' active' : ''}`}
            aria-pressed={filter === status}
            onClick={() => {
              void navigate({ to: '/admin/businesses', search: { status: filter } });
            }}
          >
            {FILTER_LABELS[filter]}
          </button>
        ))}
      </div>

      <ResourceCard
        resource={businesses}
        loadingLabel="Loading businesses…"
        empty={
          list.length === 0 ? (
            <EmptyState title={status === 'pending' ? 'Nothing to review' : 'No businesses here'}>
              {status === 'pending' ? 'Every business that signed up has been decided.' : `No business is ${FILTER_LABELS[status].toLowerCase()}.`}
            </EmptyState>
          ) : undefined
        }
      >
        <OfficeTable label="Businesses" columns={BUSINESS_COLUMNS}>
          {list.map((b) => (
            <tr key={b.organisationId}>
              <td className="office-cell-wrap">
                <Link to="/admin/businesses/$orgId" params={{ orgId: b.organisationId }} search={{ status }} className="office-row-link">
                  {b.name}
                </Link>
                <span className="office-cell-sub">{BUSINESS_TYPE_LABELS[b.businessType]}</span>
              </td>
              <td className="office-cell-file">{b.ownerEmails.join(', ') || '—'}</td>
              <td>
                <time dateTime={b.createdAt} title={formatDateTime(b.createdAt)}>
                  {formatDate(b.createdAt)}
                </time>
              </td>
              <td className="office-cell-number">{b.documentCount}</td>
              <td>
                <ApprovalPill approval={b.approval} />
              </td>
            </tr>
          ))}
        </OfficeTable>
      </ResourceCard>
    </section>
  );
}
