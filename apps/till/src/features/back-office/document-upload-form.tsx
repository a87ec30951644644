import { useRef, useState } from 'react';
import { documentKinds, type DocumentKind } from './business-schemas';
import { DOCUMENT_ACCEPT } from './document-upload';
import { FieldError, invalidProps } from './field-error';
import { DOCUMENT_KIND_LABELS } from './office-format';
import { SelectField } from './select-field';
import { SubmitButton } from './submit-button';
import { submitWith } from './submit-with';

const KIND_OPTIONS = documentKinds.map((k) => ({ value: k, label: DOCUMENT_KIND_LABELS[k] }));

export interface DocumentUploadFormProps {
  upload: (kind: DocumentKind, file: File) => Promise<string | undefined>;
}

/** Which document it is and its file (PDF, PNG or JPEG up to 10 MB); a refusal stays beside the file. */
export function DocumentUploadForm({ upload }: DocumentUploadFormProps) {
  const [kind, setKind] = useState<DocumentKind>('liquor_licence');
  const [file, setFile] = useState<File | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [sent, setSent] = useState<string | undefined>();
  const input = useRef<HTMLInputElement>(null);

  const submit = () => {
    if (!file) {
      setError('Choose the file to send.');
      return;
    }
    setBusy(true);
    setError(undefined);
    setSent(undefined);
    void upload(kind, file).then((failure) => {
      setBusy(false);
      if (failure) {
        setError(failure);
        return;
      }
      setSent(`${DOCUMENT_KIND_LABELS[kind]} sent: ${file.name}.`);
      setFile(undefined);
      if (input.current) input.current.value = '';
    });
  };

  return (
    <form className="approval-upload" onSubmit={submitWith(submit)} aria-label="Send a document">
      <SelectField
        label="Document"
        value={kind}
        options={KIND_OPTIONS}
        onValue={(value) => {
          setKind(value as DocumentKind);
        }}
      />
      <label className="field approval-file">
        <span className="field-label">File</span>
        <input
          ref={input}
          className="input approval-file-input"
          type="file"
          accept={DOCUMENT_ACCEPT}
          onChange={(e) => {
            setFile(e.target.files?.[0]);
            setError(undefined);
            setSent(undefined);
          }}
          {...invalidProps('approval-file-error', error, 'approval-file-hint')}
        />
        <span id="approval-file-hint" className="field-hint">
          PDF, PNG or JPEG, up to 10 MB.
        </span>
      </label>
      <SubmitButton label="Send document" busyLabel="Sending…" busy={busy} className="approval-send" />
      <FieldError id="approval-file-error" message={error} />
      {sent ? (
        <p className="office-success approval-sent" role="status">
          {sent}
        </p>
      ) : null}
    </form>
  );
}
