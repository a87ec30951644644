import { ModalDialog } from '../../lib/modal-dialog';
import { ErrorAlert } from './error-alert';
import { importSummary, useCatalogImport } from './use-catalog-import';

export interface CatalogImportDialogProps {
  orgId: string;
  onImported: (applied: number) => void;
  onClose: () => void;
}

/**
 * Imports a CSV file of products and prices: choose it, read the preview (what it creates and
 * updates, every row's problem), then import it all — or, with any problem, nothing.
 */
export function CatalogImportDialog({ orgId, onImported, onClose }: CatalogImportDialogProps) {
  const importer = useCatalogImport(orgId, onImported);
  const { plan } = importer;
  const ready = plan !== undefined && plan.errorCount === 0 && plan.products > 0;
  return (
    <ModalDialog label="Import products" onClose={importer.busy ? () => undefined : onClose} className="office-dialog office-dialog-wide catalog-editor">
      <header className="modal-header">
        <h2>Import products</h2>
      </header>
      <div className="office-dialog-body">
        <p className="muted">One row per pack: sku, name, brand, category, tax_category, size_ml, age_restricted, deposit, active, pack, units, price, barcodes. Export the catalog for a file to start from.</p>
        <label className="field">
          <span className="field-label">CSV file</span>
          <input className="input catalog-file" type="file" accept=".csv,text/csv" data-autofocus disabled={importer.busy} onChange={(e) => void importer.choose(e.target.files?.[0])} />
        </label>
        {importer.busy && !plan ? <p className="muted">Reading the file…</p> : null}
        {plan ? (
          <div className="catalog-import-preview" role="status" aria-label="Import preview">
            <strong>{importSummary(plan)}</strong>
            {plan.errorCount > 0 ? (
              <>
                <p className="alert">
                  {plan.errorCount} problem{plan.errorCount === 1 ? '' : 's'} to fix first: nothing is imported while any row is wrong.
                </p>
                <table className="office-table" aria-label="Row problems">
                  <thead>
                    <tr>
                      <th scope="col">Row</th>
                      <th scope="col">Column</th>
                      <th scope="col">Problem</th>
                    </tr>
                  </thead>
                  <tbody>
                    {plan.errors.map((e, i) => (
                      <tr key={`${e.row}-${e.column}-${i}`}>
                        <td className="office-cell-number">{e.row}</td>
                        <td>{e.column}</td>
                        <td className="catalog-problem">{e.message}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            ) : (
              <p className="muted">No problems found. Importing applies every row at once.</p>
            )}
          </div>
        ) : null}
        <ErrorAlert message={importer.error} />
      </div>
      <div className="modal-actions">
        <button type="button" className="btn btn-ghost btn-lg" onClick={onClose} disabled={importer.busy}>
          Cancel
        </button>
        <button type="button" className="btn btn-primary btn-lg" disabled={!ready || importer.busy} onClick={() => void importer.confirm()}>
          {importer.busy && plan ? 'Importing…' : ready ? `Import ${plan.products} product${plan.products === 1 ? '' : 's'}` : 'Import'}
        </button>
      </div>
    </ModalDialog>
  );
}
