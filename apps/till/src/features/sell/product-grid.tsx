import type { Pack } from '@tillsafe/domain';
import type { CategoryRecord, ProductRecord } from '@tillsafe/sync';
import { memo } from 'react';
import type { MoneyFormatter } from '../../lib/use-money';
import { ProductTile } from './product-tile';

export interface ProductGridProps {
  products: readonly ProductRecord[];
  categories: readonly CategoryRecord[];
  money: MoneyFormatter;
  query: string;
  onAdd: (product: ProductRecord, pack: Pack) => void;
}

/**
 * Every pack of every product shown as its own tile, so a 6-pack is one tap away. A memo: its
 * tiles format every price, which is not worth redoing when only the cart or a tab changed.
 */
export const ProductGrid = memo(function ProductGrid({ products, categories, money, query, onAdd }: ProductGridProps) {
  const colors = new Map(categories.map((c) => [c.id, c.color]));
  if (products.length === 0) {
    return (
      <div className="grid-empty">
        {query.trim() ? <p>No products match “{query.trim()}”.</p> : <p>No products here yet. The catalog arrives with the next sync.</p>}
      </div>
    );
  }
  return (
    <div className="tile-grid" aria-label="Products" role="group">
      {products.flatMap((product) =>
        product.packs.map((pack) => <ProductTile key={pack.id} product={product} pack={pack} color={colors.get(product.categoryId)} money={money} onAdd={onAdd} />),
      )}
    </div>
  );
});
