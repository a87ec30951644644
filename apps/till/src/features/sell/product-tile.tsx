import type { Pack } from '@tillsafe/domain';
import type { ProductRecord } from '@tillsafe/sync';
import type { CSSProperties } from 'react';
import type { MoneyFormatter } from '../../lib/use-money';

export interface ProductTileProps {
  product: ProductRecord;
  pack: Pack;
  color: string | undefined;
  money: MoneyFormatter;
  onAdd: (product: ProductRecord, pack: Pack) => void;
}

/** One sellable pack: "Harbour Lager 330ml, Bottle, $2.50". */
export function ProductTile({ product, pack, color, money, onAdd }: ProductTileProps) {
  const price = money(pack.price);
  return (
    <button
      type="button"
      className="tile"
      style={{ '--cat': color ?? '#64748b' } as CSSProperties}
      aria-label={`${product.name}, ${pack.name}, ${price}`}
      onClick={() => {
        onAdd(product, pack);
      }}
    >
      <span className="tile-name">{product.name}</span>
      <span className="tile-pack">
        {pack.name}
        {pack.units > 1 ? <span className="tile-units"> · {pack.units} units</span> : null}
      </span>
      <span className="tile-price">{price}</span>
    </button>
  );
}
