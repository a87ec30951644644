import type { CategoryRecord, ProductRecord } from '@tillsafe/sync';
import { memo } from 'react';
import type { MoneyFormatter } from '../../lib/use-money';
import { ProductTile } from './product-tile';

export interface ProductGridProps {
  products: readonly ProductRecord[];
  /** How many products match in all; more than shown offers to show more. */
  total: number;
  categories: readonly CategoryRecord[];
  money: MoneyFormatter;
  query: string;
  onChoose: (product: ProductRecord) => void;
  onShowMore: () => void;
}

/**
 * One tile per product; a product with several packs asks which when tapped (pack-chooser.tsx).
 * A memo: its tiles format every price, which is not worth redoing when only the cart or a tab
 * changed.
 */
export const ProductGrid = memo(function ProductGrid({ products, total, categories, money, query, onChoose, onShowMore }: ProductGridProps) {
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
      {products.map((product) => (
        <ProductTile key={product.id} product={product} color={colors.get(product.categoryId)} money={money} onChoose={onChoose} />
      ))}
      {total > products.length ? (
        <button type="button" className="tile tile-more" onClick={onShowMore}>
          <span className="tile-name">Show more</span>
          <span className="tile-pack">
            {products.length.toLocaleString()} of {total.toLocaleString()} shown
          </span>
        </button>
      ) : null}
    </div>
  );
});
