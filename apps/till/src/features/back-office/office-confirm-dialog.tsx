import type { ReactNode } from 'react';
import { ModalDialog } from '../../lib/modal-dialog';
import { ErrorAlert } from './error-alert';
import { useDialogAction } from './use-dialog-action';

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
  const action = useDialogAction(onClose);
  return (
    <ModalDialog label={title} onClose={action.busy ? () => undefined : onClose} className="office-dialog">
      <header className="modal-header">
        <h2>{title}</h2>
      </header>
      <div className="office-dialog-body">
        {children}
        <ErrorAlert message={action.error} />
      </div>
      <div className="modal-actions">
        <button type="button" className="btn btn-ghost btn-lg" onClick={onClose} disabled={action.busy} data-autofocus>
          Cancel
        </button>
        <button
          type="button"
          className="btn btn-lg office-btn-danger"
          onClick={() => {
            action.run(onConfirm);
          }}
          disabled={action.busy}
        >
          {action.busy ? 'Working…' : confirmLabel}
        </button>
      </div>
    </ModalDialog>
  );
}
