import type { ProductRecord } from '@tillsafe/sync';
import type { CatalogReferences } from './catalog-api';
import { FormDialog } from './form-dialog';
import { PackRows } from './pack-rows';
import { SelectField } from './select-field';
import { TextField } from './text-field';
import { useProductEditor } from './use-product-editor';

export interface ProductEditorDialogProps {
  orgId: string;
  /** Absent: a new product. */
  product: ProductRecord | undefined;
  references: CatalogReferences;
  currency: string;
  onSaved: (saved: ProductRecord) => void;
  onClose: () => void;
}

/** Creates or edits one product: its details, then its packs with their prices and barcodes. */
export function ProductEditorDialog({ orgId, product, references, currency, onSaved, onClose }: ProductEditorDialogProps) {
  const editor = useProductEditor(orgId, product, references, currency, onSaved, onClose);
  const { draft, errors, set } = editor;
  const none = { value: '', label: 'None' };
  const field = (key: string) => ({ error: errors[key], errorId: `product-${key.replace(/\./g, '-')}-error` });

  return (
    <FormDialog
      title={product ? `Edit ${product.name}` : 'New product'}
      action={editor.action}
      onSubmit={editor.save}
      onClose={onClose}
      submitLabel={product ? 'Save changes' : 'Create product'}
      busyLabel="Saving…"
      className="catalog-editor"
    >
      <div className="catalog-form-grid">
        <TextField label="Name" value={draft.name} onValue={(v) => { set('name', v); }} maxLength={200} data-autofocus {...field('name')} />
        <TextField label="Brand" value={draft.brand} onValue={(v) => { set('brand', v); }} maxLength={120} {...field('brand')} />
        <TextField label="SKU" value={draft.sku} onValue={(v) => { set('sku', v); }} maxLength={64} autoCapitalize="characters" {...field('sku')} />
        <TextField label="Size (ml per unit)" value={draft.volumeMl} onValue={(v) => { set('volumeMl', v); }} inputMode="numeric" placeholder="750" {...field('volumeMl')} />
        <SelectField
          label="Category"
          value={draft.categoryId}
          options={[{ value: '', label: 'Choose…' }, ...references.categories.map((c) => ({ value: c.id, label: c.name }))]}
          onValue={(v) => { set('categoryId', v); }}
          {...field('categoryId')}
        />
        <SelectField
          label="Tax category"
          value={draft.taxCategoryId}
          options={[{ value: '', label: 'Choose…' }, ...references.taxCategories.map((t) => ({ value: t.id, label: `${t.name} (${t.rateBp / 100}% ${t.inclusive ? 'included' : 'added'})` }))]}
          onValue={(v) => { set('taxCategoryId', v); }}
          {...field('taxCategoryId')}
        />
        <SelectField
          label="Deposit per unit"
          value={draft.depositItemId}
          options={[none, ...references.depositItems.map((d) => ({ value: d.id, label: d.name }))]}
          onValue={(v) => { set('depositItemId', v); }}
          {...field('depositItemId')}
        />
        <div className="catalog-checks" role="group" aria-label="Selling">
          <label className="setup-check">
            <input type="checkbox" checked={draft.ageRestricted} onChange={(e) => { set('ageRestricted', e.target.checked); }} />
            <span>Age check at the till</span>
          </label>
          <label className="setup-check">
            <input type="checkbox" checked={draft.active} onChange={(e) => { set('active', e.target.checked); }} />
            <span>Active (tills sell it)</span>
          </label>
        </div>
      </div>
      <PackRows editor={editor} currency={currency} />
    </FormDialog>
  );
}
