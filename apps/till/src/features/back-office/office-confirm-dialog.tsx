import { useState, type ReactNode } from 'react';
import { ModalDialog } from '../../lib/modal-dialog';

export interface OfficeConfirmDialogProps {
  title: string;
  confirmLabel: string;
  /** Answers an error sentence to stay open with it, or undefined when done. */
  onConfirm: () => Promise<string | undefined>;
  onClose: () => void;
  children: ReactNode;
}

/** A step that cannot be undone, said in full, with Cancel focused first and the refusal shown in place. */
export function OfficeConfirmDialog({ title, confirmLabel, onConfirm, onClose, children }: OfficeConfirmDialogProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const confirm = () => {
    setBusy(true);
    setError(undefined);
    void onConfirm().then((failure) => {
      if (failure === undefined) {
        onClose();
        return;
      }
      setError(failure);
      setBusy(false);
    });
  };
  return (
    <ModalDialog label={title} onClose={busy ? () => undefined : onClose} className="office-dialog">
      <header className="modal-header">
        <h2>{title}</h2>
      </header>
      <div className="office-dialog-body">
        {children}
        {error ? (
          <p className="alert" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <div className="modal-actions">
        <button type="button" className="btn btn-ghost btn-lg" onClick={onClose} disabled={busy} data-autofocus>
          Cancel
        </button>
        <button type="button" className="btn btn-lg office-btn-danger" onClick={confirm} disabled={busy}>
          {busy ? 'Working…' : confirmLabel}
        </button>
      </div>
    </ModalDialog>
  );
}
