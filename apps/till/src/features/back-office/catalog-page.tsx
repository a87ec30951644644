import { CatalogImportDialog } from './catalog-import-dialog';
import { EmptyState } from './empty-state';
import { ErrorAlert } from './error-alert';
import { PlusIcon } from './office-icons';
import { OfficeConfirmDialog } from './office-confirm-dialog';
import { OfficePageHeader } from './office-page-header';
import { ACTIONS_COLUMN, OfficeTable } from './office-table';
import { ProductEditorDialog } from './product-editor-dialog';
import { ProductRow } from './product-row';
import { ResourceCard } from './resource-card';
import { PAGE_SIZE, useCatalogPage } from './use-catalog-page';
import '../../styles/catalog.css';

const COLUMNS = ['Product', 'Category', 'Packs and prices', 'Status', ACTIONS_COLUMN];

/** The organisation's catalog: search it, create and edit products with their packs and barcodes. */
export function CatalogPage() {
  const page = useCatalogPage();
  const data = page.page.data;
  const refs = page.references.data;
  const categoryName = (id: string) => refs?.categories.find((c) => c.id === id)?.name;
  const shownTo = data ? Math.min(page.offset + data.products.length, data.total) : 0;

  return (
    <section className="office-page" aria-labelledby="catalog-title">
      <OfficePageHeader titleId="catalog-title" title="Catalog" lead={data ? `${data.total} product${data.total === 1 ? '' : 's'}${page.search ? ' found' : ''}` : 'What your tills sell, by the bottle, the pack and the case.'}>
        <div className="catalog-actions">
        <button type="button" className="btn btn-ghost" onClick={() => void page.exportCsv()}>
          Export CSV
        </button>
        <button type="button" className="btn btn-ghost" onClick={() => { page.setImporting(true); }}>
          Import CSV
        </button>
        <button type="button" className="btn btn-primary" onClick={() => { page.openEditor(); }} disabled={!refs}>
          <PlusIcon />
          New product
        </button>
        </div>
      </OfficePageHeader>
      {page.notice ? (
        <p className="office-success" role="status">
          {page.notice}
        </p>
      ) : null}
      <ErrorAlert message={page.exportError} />

      <div className="catalog-toolbar">
        <label className="field catalog-search">
          <span className="visually-hidden">Search products</span>
          <input className="input" type="search" placeholder="Search by name, brand, SKU or barcode" value={page.search} onChange={(e) => { page.setSearch(e.target.value); }} />
        </label>
        <label className="field catalog-status">
          <span className="visually-hidden">Show</span>
          <select className="input" value={page.status} onChange={(e) => { page.setStatus(e.target.value as typeof page.status); }}>
            <option value="all">All products</option>
            <option value="active">Active only</option>
            <option value="inactive">Inactive only</option>
          </select>
        </label>
      </div>

      <ResourceCard
        resource={page.page}
        error={page.page.error ?? page.references.error}
        loadingLabel="Loading products…"
        empty={data && data.products.length === 0 ? <EmptyState title={page.search ? 'Nothing matches' : 'No products yet'}>{page.search ? 'Try part of the name, the brand, the SKU or a whole barcode.' : 'Create the first one with New product.'}</EmptyState> : undefined}
      >
        <OfficeTable label="Products" columns={COLUMNS}>
          {(data?.products ?? []).map((product) => (
            <ProductRow
              key={product.id}
              product={product}
              categoryName={categoryName(product.categoryId)}
              currency={page.currency}
              onEdit={() => { page.openEditor(product); }}
              onDeactivate={() => { page.setDeactivating(product); }}
            />
          ))}
        </OfficeTable>
      </ResourceCard>

      {data && data.total > PAGE_SIZE ? (
        <nav className="catalog-pager" aria-label="Pages of products">
          <button type="button" className="btn btn-ghost" disabled={page.offset === 0} onClick={() => { page.setOffset(Math.max(0, page.offset - PAGE_SIZE)); }}>
            Previous
          </button>
          <span className="muted">
            {page.offset + 1}–{shownTo} of {data.total}
          </span>
          <button type="button" className="btn btn-ghost" disabled={shownTo >= data.total} onClick={() => { page.setOffset(page.offset + PAGE_SIZE); }}>
            Next
          </button>
        </nav>
      ) : null}

      {page.editing && refs ? (
        <ProductEditorDialog
          orgId={page.orgId}
          product={page.editing.product}
          references={refs}
          currency={page.currency}
          onSaved={() => void page.page.reload()}
          onClose={page.closeEditor}
        />
      ) : null}
      {page.importing ? (
        <CatalogImportDialog
          orgId={page.orgId}
          onImported={(applied) => {
            page.imported(applied);
          }}
          onClose={() => { page.setImporting(false); }}
        />
      ) : null}
      {page.deactivating ? (
        <OfficeConfirmDialog
          title={`Deactivate ${page.deactivating.name}?`}
          confirmLabel="Deactivate"
          onConfirm={() => page.deactivate(page.deactivating!)}
          onClose={() => { page.setDeactivating(undefined); }}
        >
          <p>Tills stop selling it once they sync. Its sales and stock stay; you can make it active again from Edit.</p>
        </OfficeConfirmDialog>
      ) : null}
    </section>
  );
}
