import { Link } from '@tanstack/react-router';
import { ApprovalPill } from './approval-notice';
import { DocumentUploadForm } from './document-upload-form';
import { DocumentsTable } from './documents-table';
import { useOfficeOrg } from './office-org';
import { OfficePageHeader } from './office-page-header';
import { ResourceCard } from './resource-card';
import { maySetUp, useOnboarding } from './use-onboarding';
import { useBusinessDocuments } from './use-business-documents';

const STATUS_SENTENCES = {
  pending: 'We are reviewing your business. You can set up your catalog meanwhile; tills can be paired once it is approved.',
  approved: 'Your business is approved: pair tills and start selling.',
  rejected: 'Your business was not approved. Send what was asked for below and it goes back for review.',
} as const;

/** Where the business's approval stands, the documents sent for it, and sending another. */
export function ApprovalPage() {
  const org = useOfficeOrg();
  const onboarding = useOnboarding();
  const { documents, upload, fetchFile } = useBusinessDocuments();
  const business = onboarding.data?.organisation;
  const approval = business?.approval ?? org.approval;
  const list = documents.data ?? [];

  if (!maySetUp(org)) {
    return (
      <section className="office-page">
        <div className="office-card office-card-padded">
          <p>The business’s approval is handled by its owners and the managers of the whole organisation.</p>
        </div>
      </section>
    );
  }

  return (
    <section className="office-page" aria-labelledby="approval-title">
      <OfficePageHeader titleId="approval-title" title="Approval" lead="A liquor business is checked before its tills can sell." />

      <div className={`office-card office-card-padded approval-status approval-status-${approval}`} role="region" aria-label="Approval status">
        <div className="approval-status-head">
          <ApprovalPill approval={approval} />
          <p>{STATUS_SENTENCES[approval]}</p>
        </div>
        {business?.approvalReason ? (
          <p className="approval-reason">
            <strong>{approval === 'rejected' ? 'Reason given:' : 'Note from the reviewer:'}</strong> {business.approvalReason}
          </p>
        ) : null}
        {approval === 'approved' ? (
          <Link to="/admin/org/$orgId/tills" params={{ orgId: org.id }} className="btn btn-primary approval-status-action">
            Go to tills
          </Link>
        ) : null}
      </div>

      <h2 className="office-section-title">Send a document</h2>
      <div className="office-card office-card-padded">
        <p className="muted approval-upload-lead">Your liquor licence and business registration, scanned or photographed. Each file is checked by its contents.</p>
        <DocumentUploadForm upload={upload} />
      </div>

      <h2 className="office-section-title">Documents sent</h2>
      <ResourceCard resource={documents} loadingLabel="Loading documents…" empty={list.length === 0 ? <p className="office-card-padded muted">No documents yet. What you send appears here.</p> : undefined}>
        <DocumentsTable documents={list} fetchFile={fetchFile} />
      </ResourceCard>
    </section>
  );
}
