import { PlusIcon } from './office-icons';
import { FieldError, invalidProps } from './field-error';
import type { useProductEditor } from './use-product-editor';

export interface PackRowsProps {
  editor: Pick<ReturnType<typeof useProductEditor>, 'draft' | 'errors' | 'setPack' | 'addPack' | 'removePack'>;
  currency: string;
}

const MAX_PACKS = 10;

/**
 * A product's packs, one row each: what it is called, how many units of stock it moves, its
 * price and its barcodes (several, separated by commas). All packs sell from one stock count.
 */
export function PackRows({ editor, currency }: PackRowsProps) {
  const { draft, errors, setPack } = editor;
  return (
    <fieldset className="catalog-packs">
      <legend className="setup-group-title">Packs</legend>
      <p className="field-hint">Every pack sells from the same stock: a case of 12 moves 12 units.</p>
      <ol className="catalog-pack-list">
        {draft.packs.map((pack, i) => {
          const label = pack.name || `pack ${i + 1}`;
          const id = (key: string) => `pack-${i}-${key}-error`;
          const input = (key: 'name' | 'units' | 'price' | 'barcodes') => ({ ...invalidProps(id(key), errors[`packs.${i}.${key}`]) });
          return (
            <li key={pack.key} className="catalog-pack">
              <label className="field catalog-pack-name">
                <span className="field-label">Pack name</span>
                <input className="input" value={pack.name} maxLength={60} placeholder="Case of 12" onChange={(e) => { setPack(i, { name: e.target.value }); }} {...input('name')} />
                <FieldError id={id('name')} message={errors[`packs.${i}.name`]} />
              </label>
              <label className="field catalog-pack-units">
                <span className="field-label">Units</span>
                <input className="input" value={pack.units} inputMode="numeric" placeholder="12" onChange={(e) => { setPack(i, { units: e.target.value }); }} {...input('units')} />
                <FieldError id={id('units')} message={errors[`packs.${i}.units`]} />
              </label>
              <label className="field catalog-pack-price">
                <span className="field-label">Price ({currency})</span>
                <input className="input" value={pack.price} inputMode="decimal" placeholder="0.00" onChange={(e) => { setPack(i, { price: e.target.value }); }} {...input('price')} />
                <FieldError id={id('price')} message={errors[`packs.${i}.price`]} />
              </label>
              <label className="field catalog-pack-barcodes">
                <span className="field-label">Barcodes</span>
                <input className="input" value={pack.barcodes} placeholder="5000000000011, 5000000000012" onChange={(e) => { setPack(i, { barcodes: e.target.value }); }} {...input('barcodes')} />
                <FieldError id={id('barcodes')} message={errors[`packs.${i}.barcodes`]} />
              </label>
              <button
                type="button"
                className="btn btn-ghost btn-sm catalog-pack-remove"
                aria-label={`Remove ${label}`}
                title={draft.packs.length === 1 ? 'A product needs at least one pack' : `Remove ${label}`}
                disabled={draft.packs.length === 1}
                onClick={() => { editor.removePack(i); }}
              >
                ×
              </button>
            </li>
          );
        })}
      </ol>
      <FieldError id="product-packs-error" message={errors.packs} />
      <button type="button" className="btn btn-ghost btn-sm" onClick={editor.addPack} disabled={draft.packs.length >= MAX_PACKS}>
        <PlusIcon /> Add a pack
      </button>
    </fieldset>
  );
}
