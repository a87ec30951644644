import { useState, type ReactNode } from 'react';
import { ModalDialog } from '../../lib/modal-dialog';

export interface ConfirmDialogProps {
  title: string;
  confirmLabel: string;
  /** Resolves true when done (the dialog closes), false to stay open (e.g. the error shows elsewhere). */
  onConfirm: () => Promise<boolean>;
  onCancel: () => void;
  danger?: boolean;
  children: ReactNode;
}

/** "Are you sure?" for a step that cannot be undone, with Cancel focused first. */
export function ConfirmDialog({ title, confirmLabel, onConfirm, onCancel, danger = false, children }: ConfirmDialogProps) {
  const [busy, setBusy] = useState(false);
  const confirm = () => {
    setBusy(true);
    void onConfirm().then((done) => {
      if (done) onCancel();
      else setBusy(false);
    });
  };
  return (
    <ModalDialog label={title} onClose={busy ? () => undefined : onCancel} className="bartab-confirm">
      <header className="modal-header">
        <h2>{title}</h2>
      </header>
      <div className="bartab-confirm-body">{children}</div>
      <div className="modal-actions">
        <button type="button" className="btn btn-ghost btn-lg" onClick={onCancel} disabled={busy} data-autofocus>
          Cancel
        </button>
        <button type="button" className={danger ? 'btn btn-lg bartab-btn-danger' : 'btn btn-primary btn-lg'} onClick={confirm} disabled={busy}>
          {confirmLabel}
        </button>
      </div>
    </ModalDialog>
  );
}
