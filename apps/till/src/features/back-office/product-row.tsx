import { formatMoney } from '@tillsafe/domain';
import type { ProductRecord } from '@tillsafe/sync';

export interface ProductRowProps {
  product: ProductRecord;
  categoryName: string | undefined;
  currency: string;
  onEdit: () => void;
  onDeactivate: () => void;
}

/** One product in the catalog table: what it is, its packs and prices, whether tills sell it. */
export function ProductRow({ product, categoryName, currency, onEdit, onDeactivate }: ProductRowProps) {
  const locale = typeof navigator === 'undefined' ? undefined : navigator.language;
  return (
    <tr>
      <td>
        <div className="office-person-text">
          <strong>{product.name}</strong>
          <span className="office-cell-sub">
            {[product.brand, product.volumeMl ? `${product.volumeMl} ml` : null].filter(Boolean).join(' · ')}
            {product.brand || product.volumeMl ? ' · ' : ''}
            <span className="catalog-cell-sku">{product.sku}</span>
          </span>
        </div>
      </td>
      <td>{categoryName ?? '—'}</td>
      <td>
        <ul className="catalog-pack-summary">
          {product.packs.map((pack) => (
            <li key={pack.id}>
              <span>{pack.name}</span>
              <span className="office-cell-number">{formatMoney(pack.price, currency, locale)}</span>
            </li>
          ))}
        </ul>
      </td>
      <td>
        <span className={`office-pill ${product.active ? 'office-pill-approved' : 'office-pill-revoked'}`}>{product.active ? 'Active' : 'Inactive'}</span>
        {product.ageRestricted ? <span className="office-tag catalog-age-tag">Age check</span> : null}
      </td>
      <td className="office-cell-actions">
        <button type="button" className="btn btn-ghost btn-sm" onClick={onEdit} aria-label={`Edit ${product.name}`}>
          Edit
        </button>
        {product.active ? (
          <button type="button" className="btn btn-sm office-btn-danger-ghost" onClick={onDeactivate} aria-label={`Deactivate ${product.name}`}>
            Deactivate
          </button>
        ) : null}
      </td>
    </tr>
  );
}
