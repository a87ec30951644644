import type { ReactNode } from 'react';
import { ModalDialog } from '../../lib/modal-dialog';
import { ErrorAlert } from './error-alert';
import { SubmitButton } from './submit-button';
import { submitWith } from './submit-with';
import type { DialogAction } from './use-dialog-action';

export interface FormDialogProps {
  title: string;
  /** What names the dialog for assistive technology, when more than its title. */
  label?: string;
  action: DialogAction;
  onSubmit: () => void;
  onClose: () => void;
  submitLabel: string;
  busyLabel: string;
  submitDisabled?: boolean;
  tone?: 'primary' | 'danger';
  /** Focus the submit button on opening, when no field in the body takes it. */
  focusSubmit?: boolean;
  /** The refusal's id, for a field that points at it. */
  errorId?: string | undefined;
  /** A class for a dialog that needs more room (the catalog editor). */
  className?: string | undefined;
  children: ReactNode;
}

/**
 * A wide dialog holding one form: its fields, the refusal in place, Cancel and the submit button.
 * Esc and Cancel close it, except while its call runs.
 */
export function FormDialog({ title, label = title, action, onSubmit, onClose, submitLabel, busyLabel, submitDisabled = false, tone = 'primary', focusSubmit = false, errorId, className, children }: FormDialogProps) {
  return (
    <ModalDialog label={label} onClose={action.busy ? () => undefined : onClose} className={`office-dialog office-dialog-wide${className ? ` ${className}` : ''}`}>
      <form onSubmit={submitWith(onSubmit)}>
        <header className="modal-header">
          <h2>{title}</h2>
        </header>
        <div className="office-dialog-body">
          {children}
          <ErrorAlert id={errorId} message={action.error} />
        </div>
        <div className="modal-actions">
          <button type="button" className="btn btn-ghost btn-lg" onClick={onClose} disabled={action.busy}>
            Cancel
          </button>
          <SubmitButton label={submitLabel} busyLabel={busyLabel} busy={action.busy} disabled={submitDisabled} tone={tone} {...(focusSubmit ? { 'data-autofocus': true } : {})} />
        </div>
      </form>
    </ModalDialog>
  );
}
