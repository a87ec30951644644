import type { Pack } from '@tillsafe/domain';
import type { ProductRecord } from '@tillsafe/sync';
import { ModalDialog } from '../../lib/modal-dialog';
import type { MoneyFormatter } from '../../lib/use-money';

export interface PackChooserProps {
  product: ProductRecord;
  money: MoneyFormatter;
  onChoose: (pack: Pack) => void;
  onClose: () => void;
}

/** Which pack of a product to sell: a bottle, a 6-pack, a case. Esc or Cancel adds nothing. */
export function PackChooser({ product, money, onChoose, onClose }: PackChooserProps) {
  return (
    <ModalDialog label="Choose a pack" onClose={onClose} className="pack-chooser" dismissOnBackdrop>
      <header className="modal-header">
        <h2>{product.name}</h2>
        <button type="button" className="btn btn-ghost btn-icon" aria-label="Close" onClick={onClose}>
          ✕
        </button>
      </header>
      <ul className="pack-options" aria-label={`Packs of ${product.name}`}>
        {product.packs.map((pack, i) => (
          <li key={pack.id}>
            <button
              type="button"
              className="pack-option"
              aria-label={`${pack.name}, ${money(pack.price)}`}
              data-autofocus={i === 0 ? true : undefined}
              onClick={() => {
                onChoose(pack);
              }}
            >
              <span className="pack-option-name">{pack.name}</span>
              <span className="pack-option-units">{pack.units === 1 ? '1 unit' : `${pack.units} units`}</span>
              <span className="pack-option-price">{money(pack.price)}</span>
            </button>
          </li>
        ))}
      </ul>
    </ModalDialog>
  );
}
