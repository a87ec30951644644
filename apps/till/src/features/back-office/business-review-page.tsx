import { Link, useParams, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { ApprovalPill } from './approval-notice';
import { DecisionDialog, type Decision } from './decision-dialog';
import { DocumentsTable } from './documents-table';
import { ErrorAlert } from './error-alert';
import { LoadingLine } from './loading-line';
import { BUSINESS_TYPE_LABELS, formatDateTime } from './office-format';
import { OfficePageHeader } from './office-page-header';
import { useBusinessReview } from './use-business-review';

/** Platform admins: one business, its documents to open, and approving or rejecting it. */
export function BusinessReviewPage() {
  const { orgId } = useParams({ from: '/admin/businesses/$orgId' });
  const status = useSearch({ from: '/admin/businesses', select: (s) => s.status ?? 'pending' });
  const { business, decide, fetchFile } = useBusinessReview(orgId);
  const [deciding, setDeciding] = useState<Decision | undefined>();
  const b = business.data;

  return (
    <section className="office-page" aria-labelledby="review-title">
      <Link to="/admin/businesses" search={{ status }} className="office-back-link">
        ← Businesses
      </Link>
      <ErrorAlert message={business.error} />
      {!b ? (
        business.error ? null : <LoadingLine label="Loading the business…" />
      ) : (
        <>
          <OfficePageHeader titleId="review-title" title={b.name} lead={`${BUSINESS_TYPE_LABELS[b.businessType]} · signed up ${formatDateTime(b.createdAt)}`}>
            {b.approval === 'pending' ? (
              <div className="office-header-actions">
                <button
                  type="button"
                  className="btn btn-lg office-btn-danger-ghost"
                  onClick={() => {
                    setDeciding('reject');
                  }}
                >
                  Reject
                </button>
                <button
                  type="button"
                  className="btn btn-lg btn-primary"
                  onClick={() => {
                    setDeciding('approve');
                  }}
                >
                  Approve
                </button>
              </div>
            ) : null}
          </OfficePageHeader>

          <div className="office-card office-card-padded approval-status" role="region" aria-label="Decision">
            <div className="approval-status-head">
              <ApprovalPill approval={b.approval} />
              <p>
                {b.approval === 'pending'
                  ? 'Awaiting a decision. Read the documents, then approve or reject.'
                  : `${b.approval === 'approved' ? 'Approved' : 'Rejected'}${b.decidedAt ? ` on ${formatDateTime(b.decidedAt)}` : ''}.`}
              </p>
            </div>
            {b.approvalReason ? (
              <p className="approval-reason">
                <strong>{b.approval === 'rejected' ? 'Reason:' : 'Note:'}</strong> {b.approvalReason}
              </p>
            ) : null}
          </div>

          <h2 className="office-section-title">Documents</h2>
          <div className="office-card">
            {b.documents.length === 0 ? (
              <p className="office-card-padded muted">No documents sent yet. A business is usually decided once its liquor licence is here.</p>
            ) : (
              <DocumentsTable documents={b.documents} fetchFile={fetchFile} canOpen />
            )}
          </div>
        </>
      )}

      {deciding && b ? (
        <DecisionDialog
          decision={deciding}
          businessName={b.name}
          decide={(text) => decide(deciding, text)}
          onClose={() => {
            setDeciding(undefined);
          }}
        />
      ) : null}
    </section>
  );
}
