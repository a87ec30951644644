import { useState } from 'react';
import type { BusinessDocument } from './business-schemas';
import { openTabFor, saveFile } from './document-files';
import type { DownloadedFile } from './office-http';
import { ErrorAlert } from './error-alert';
import { officeErrorMessage } from './office-errors';
import { DOCUMENT_KIND_LABELS, formatBytes, formatDate, formatDateTime } from './office-format';
import { ACTIONS_COLUMN, OfficeTable } from './office-table';

const DOCUMENT_COLUMNS = ['Document', 'File', { label: 'Size', className: 'office-cell-number' }, 'Sent', ACTIONS_COLUMN];

export interface DocumentsTableProps {
  documents: readonly BusinessDocument[];
  fetchFile: (documentId: string) => Promise<DownloadedFile>;
  /** Offer "Open" (in a new tab) beside "Download": for reviewers reading many. */
  canOpen?: boolean;
}

/** A business's documents: what each is, its file, who sent it when, and a way to read it. */
export function DocumentsTable({ documents, fetchFile, canOpen = false }: DocumentsTableProps) {
  const [busy, setBusy] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();

  const run = (id: string, action: () => Promise<void>) => {
    setBusy(id);
    setError(undefined);
    void action()
      .catch((failure: unknown) => {
        setError(officeErrorMessage(failure));
      })
      .finally(() => {
        setBusy(undefined);
      });
  };

  return (
    <>
      <ErrorAlert message={error} className="office-card-alert" />
      <OfficeTable label="Documents" columns={DOCUMENT_COLUMNS}>
        {documents.map((doc) => (
          <tr key={doc.id}>
            <td>
              <strong>{DOCUMENT_KIND_LABELS[doc.kind]}</strong>
            </td>
            <td className="office-cell-file" title={`${doc.fileName} · ${doc.contentType} · SHA-256 ${doc.sha256}`}>
              {doc.fileName}
            </td>
            <td className="office-cell-number">{formatBytes(doc.sizeBytes)}</td>
            <td>
              <time dateTime={doc.uploadedAt} title={formatDateTime(doc.uploadedAt)}>
                {formatDate(doc.uploadedAt)}
              </time>
              <span className="office-cell-sub" title={doc.uploadedBy}>
                {doc.uploadedBy}
              </span>
            </td>
            <td className="office-cell-actions">
              {canOpen ? (
                <button
                  type="button"
                  className="btn btn-ghost btn-sm"
                  aria-label={`Open ${doc.fileName}`}
                  disabled={busy === doc.id}
                  onClick={() => {
                    run(doc.id, () => openTabFor(() => fetchFile(doc.id)));
                  }}
                >
                  Open
                </button>
              ) : null}
              <button
                type="button"
                className="btn btn-ghost btn-sm"
                aria-label={`Download ${doc.fileName}`}
                disabled={busy === doc.id}
                onClick={() => {
                  run(doc.id, async () => {
                    saveFile(await fetchFile(doc.id), doc.fileName);
                  });
                }}
              >
                Download
              </button>
            </td>
          </tr>
        ))}
      </OfficeTable>
    </>
  );
}
