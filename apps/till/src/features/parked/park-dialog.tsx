import { useState, type SubmitEvent } from 'react';
import { ModalDialog } from '../../lib/modal-dialog';

export interface ParkDialogProps {
  items: number;
  busy: boolean;
  error: string | undefined;
  onPark: (label: string) => void;
  onClose: () => void;
}

/** Parks the cart under an optional label (a table, a name) for this or another till to resume. */
export function ParkDialog({ items, busy, error, onPark, onClose }: ParkDialogProps) {
  const [label, setLabel] = useState('');
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    onPark(label);
  };
  return (
    <ModalDialog label="Park sale" onClose={busy ? () => undefined : onClose} className="parked-park">
      <form onSubmit={submit}>
        <header className="modal-header">
          <h2>Park sale</h2>
          <button type="button" className="btn btn-ghost btn-icon" aria-label="Close" onClick={onClose} disabled={busy}>
            ✕
          </button>
        </header>
        <div className="parked-park-body">
          <p>
            Put the {items} {items === 1 ? 'item' : 'items'} in the cart aside. Any till in this store can resume the sale, even offline.
          </p>
          <label className="field">
            <span className="field-label">Label (optional)</span>
            <input
              className="input input-lg"
              autoComplete="off"
              maxLength={80}
              placeholder="Table 4, or the customer’s name"
              value={label}
              onChange={(e) => {
                setLabel(e.target.value);
              }}
              data-autofocus
            />
          </label>
          {error ? (
            <p className="alert" role="alert">
              {error}
            </p>
          ) : null}
        </div>
        <div className="modal-actions">
          <button type="button" className="btn btn-ghost btn-lg" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary btn-lg" disabled={busy}>
            {busy ? 'Parking…' : 'Park sale'}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
