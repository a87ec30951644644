import { useState } from 'react';
import type { BusinessDocument } from './business-schemas';
import { openTabFor, saveFile } from './document-files';
import type { DownloadedFile } from './office-http';
import { officeErrorMessage } from './office-errors';
import { DOCUMENT_KIND_LABELS, formatBytes, formatDate, formatDateTime } from './office-format';

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
      {error ? (
        <p className="alert office-card-alert" role="alert">
          {error}
        </p>
      ) : null}
      <table className="office-table" aria-label="Documents">
        <thead>
          <tr>
            <th scope="col">Document</th>
            <th scope="col">File</th>
            <th scope="col" className="office-cell-number">
              Size
            </th>
            <th scope="col">Sent</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
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
        </tbody>
      </table>
    </>
  );
}
