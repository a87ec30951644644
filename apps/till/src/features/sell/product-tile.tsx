import type { ProductRecord } from '@tillsafe/sync';
import type { CSSProperties } from 'react';
import type { MoneyFormatter } from '../../lib/use-money';

export interface ProductTileProps {
  product: ProductRecord;
  color: string | undefined;
  money: MoneyFormatter;
  /** Tapped: the product's one pack goes in, or the pack chooser opens. */
  onChoose: (product: ProductRecord) => void;
}

/**
 * One product: "Harbour Lager 330ml, Bottle, $2.50", or, with several packs, "Harbour Lager
 * 330ml, 3 packs, from $2.50" — tapping it then asks which (a scanned barcode names its pack).
 */
export function ProductTile({ product, color, money, onChoose }: ProductTileProps) {
  const [first] = product.packs;
  if (!first) return null;
  const several = product.packs.length > 1;
  const cheapest = money(Math.min(...product.packs.map((p) => p.price)));
  const label = several ? `${product.name}, ${product.packs.length} packs, from ${cheapest}` : `${product.name}, ${first.name}, ${money(first.price)}`;
  return (
    <button
      type="button"
      className="tile"
      style={{ '--cat': color ?? '#64748b' } as CSSProperties}
      aria-label={label}
      aria-haspopup={several ? 'dialog' : undefined}
      onClick={() => {
        onChoose(product);
      }}
    >
      <span className="tile-name">{product.name}</span>
      <span className="tile-pack">
        {several ? product.packs.map((p) => p.name).join(' · ') : first.name}
        {!several && first.units > 1 ? <span className="tile-units"> · {first.units} units</span> : null}
      </span>
      <span className="tile-price">
        {several ? <span className="tile-from">from </span> : null}
        {several ? cheapest : money(first.price)}
      </span>
    </button>
  );
}
