import { useState, type SubmitEvent } from 'react';
import { ModalDialog } from '../../lib/modal-dialog';
import { cartStore, type CartLine } from './cart-store';
import { draftOf, readDiscount } from './discount-draft';
import { DiscountFields } from './discount-fields';

export interface LineEditorDialogProps {
  line: CartLine;
  /** "Rioja Crianza, Bottle". */
  what: string;
  /** Minor-unit digits of the currency. */
  digits: number;
  limitBp: number;
  onClose: () => void;
}

/** A cart line's quantity, note and manual discount; or its removal (which Undo brings back). */
export function LineEditorDialog({ line, what, digits, limitBp, onClose }: LineEditorDialogProps) {
  const [qty, setQty] = useState(String(line.qty));
  const [notes, setNotes] = useState(line.notes);
  const [draft, setDraft] = useState(() => draftOf(line.manualDiscount, digits));
  const [error, setError] = useState<string | undefined>(undefined);

  const save = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const count = Number(qty);
    if (!Number.isInteger(count) || count < 1) {
      setError('Type a whole quantity of 1 or more.');
      return;
    }
    const reading = readDiscount(draft, digits);
    if (!reading.ok) {
      setError(reading.message);
      return;
    }
    const cart = cartStore.getState();
    cart.setQty(line.lineId, count);
    cart.setNotes(line.lineId, notes);
    // Only a changed discount touches it: changing one withdraws a manager's approval.
    if (JSON.stringify(reading.discount) !== JSON.stringify(line.manualDiscount)) cart.setLineDiscount(line.lineId, reading.discount);
    onClose();
  };

  return (
    <ModalDialog label={`Edit ${what}`} onClose={onClose} className="line-editor">
      <form className="payment-form" onSubmit={save}>
        <header className="modal-header">
          <h2>{what}</h2>
          <button type="button" className="btn btn-ghost btn-icon" aria-label="Close" onClick={onClose}>
            ✕
          </button>
        </header>
        <label className="field">
          <span className="field-label">Quantity</span>
          <input
            className="input input-lg"
            inputMode="numeric"
            autoComplete="off"
            value={qty}
            onChange={(e) => {
              setQty(e.target.value);
            }}
            data-autofocus
          />
        </label>
        <label className="field">
          <span className="field-label">Note</span>
          <input
            className="input"
            maxLength={200}
            autoComplete="off"
            placeholder="Gift wrap, chilled…"
            value={notes}
            onChange={(e) => {
              setNotes(e.target.value);
            }}
          />
        </label>
        <DiscountFields
          draft={draft}
          onChange={(next) => {
            setDraft(next);
            setError(undefined);
          }}
          limitBp={limitBp}
          error={error}
        />
        <div className="modal-actions">
          <button
            type="button"
            className="btn btn-ghost btn-lg line-editor-remove"
            onClick={() => {
              cartStore.getState().remove(line.lineId);
              onClose();
            }}
          >
            Remove line
          </button>
          <button type="button" className="btn btn-ghost btn-lg" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary btn-lg">
            Save
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
