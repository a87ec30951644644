import { useState, type SubmitEvent } from 'react';
import { ModalDialog } from '../../lib/modal-dialog';
import { cartStore } from './cart-store';
import { draftOf, readDiscount } from './discount-draft';
import { DiscountFields } from './discount-fields';

/** A manual discount on the whole cart, spread over its lines by the pricing engine. */
export function CartDiscountDialog({ digits, limitBp, onClose }: { digits: number; limitBp: number; onClose: () => void }) {
  const current = cartStore.getState().cartDiscount;
  const [draft, setDraft] = useState(() => draftOf(current, digits));
  const [error, setError] = useState<string | undefined>(undefined);

  const save = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reading = readDiscount(draft, digits);
    if (!reading.ok) {
      setError(reading.message);
      return;
    }
    if (JSON.stringify(reading.discount) !== JSON.stringify(current)) cartStore.getState().setCartDiscount(reading.discount);
    onClose();
  };

  return (
    <ModalDialog label="Cart discount" onClose={onClose} className="line-editor">
      <form className="payment-form" onSubmit={save}>
        <header className="modal-header">
          <h2>Discount on the whole sale</h2>
          <button type="button" className="btn btn-ghost btn-icon" aria-label="Close" onClick={onClose}>
            ✕
          </button>
        </header>
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
          <button type="button" className="btn btn-ghost btn-lg" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary btn-lg" data-autofocus>
            Save
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
