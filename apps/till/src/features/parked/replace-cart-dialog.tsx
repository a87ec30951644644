import type { DraftRecord } from '@tillsafe/sync';
import { ModalDialog } from '../../lib/modal-dialog';

export interface ReplaceCartDialogProps {
  draft: DraftRecord;
  /** Items in the cart now. */
  items: number;
  busy: boolean;
  error: string | undefined;
  onParkThenResume: (draft: DraftRecord) => void;
  onCancel: () => void;
}

/** Resuming a parked sale while the cart holds another: park that one first, or cancel. */
export function ReplaceCartDialog({ draft, items, busy, error, onParkThenResume, onCancel }: ReplaceCartDialogProps) {
  const name = draft.label ? `“${draft.label}”` : 'the parked sale';
  return (
    <ModalDialog label="The cart is not empty" onClose={busy ? () => undefined : onCancel} className="bartab-confirm">
      <header className="modal-header">
        <h2>The cart is not empty</h2>
      </header>
      <div className="bartab-confirm-body">
        <p>
          The cart holds another sale ({items} {items === 1 ? 'item' : 'items'}). Park it first, then resume {name}?
        </p>
        {error ? (
          <p className="alert" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <div className="modal-actions">
        <button type="button" className="btn btn-ghost btn-lg" onClick={onCancel} disabled={busy} data-autofocus>
          Cancel
        </button>
        <button type="button" className="btn btn-primary btn-lg" onClick={() => { onParkThenResume(draft); }} disabled={busy}>
          Park it and resume
        </button>
      </div>
    </ModalDialog>
  );
}
