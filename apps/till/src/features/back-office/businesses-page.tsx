import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { ApprovalPill } from './approval-notice';
import { businessStatusFilters, type BusinessStatusFilter } from './business-schemas';
import { BUSINESS_TYPE_LABELS, formatDate, formatDateTime } from './office-format';
import { platformApi } from './office-services';
import { useResource } from './use-resource';

const FILTER_LABELS: Record<BusinessStatusFilter, string> = { pending: 'Awaiting approval', approved: 'Approved', rejected: 'Not approved', all: 'All' };

/** Platform admins: businesses by approval status, oldest first, each opening its review. */
export function BusinessesPage() {
  const status = useSearch({ from: '/admin/businesses', select: (s) => s.status ?? 'pending' });
  const navigate = useNavigate();
  const businesses = useResource(`businesses:${status}`, () => platformApi.listBusinesses(status));
  const list = businesses.data ?? [];

  return (
    <section className="office-page" aria-labelledby="businesses-title">
      <header className="office-page-header">
        <div>
          <h1 id="businesses-title">Businesses</h1>
          <p className="muted">New businesses wait here until their documents are checked. Oldest first.</p>
        </div>
      </header>

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

      {businesses.error ? (
        <p className="alert" role="alert">
          {businesses.error}
        </p>
      ) : null}

      <div className="office-card">
        {businesses.loading && !businesses.data ? (
          <p className="office-loading office-card-padded" role="status">
            <span className="spinner" aria-hidden="true" /> Loading businesses…
          </p>
        ) : list.length === 0 ? (
          <div className="office-empty">
            <strong>{status === 'pending' ? 'Nothing to review' : 'No businesses here'}</strong>
            <p className="muted">{status === 'pending' ? 'Every business that signed up has been decided.' : `No business is ${FILTER_LABELS[status].toLowerCase()}.`}</p>
          </div>
        ) : (
          <table className="office-table" aria-label="Businesses">
            <thead>
              <tr>
                <th scope="col">Business</th>
                <th scope="col">Owner</th>
                <th scope="col">Signed up</th>
                <th scope="col" className="office-cell-number">
                  Documents
                </th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
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
            </tbody>
          </table>
        )}
      </div>
    </section>
  );
}
