import { useState } from 'react';
import { ApiError } from '../../sync-client/api-client';
import { importPlanSchema, type ImportPlan } from './catalog-api';
import { catalogApi } from './catalog-services';
import { officeErrorMessage } from './office-errors';

/** The import's two steps: a file chosen is previewed; confirming applies it, whole or not at all. */
export function useCatalogImport(orgId: string, onImported: (applied: number) => void) {
  const [file, setFile] = useState<File | undefined>();
  const [plan, setPlan] = useState<ImportPlan | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  async function choose(next: File | undefined) {
    setFile(next);
    setPlan(undefined);
    setError(undefined);
    if (!next) return;
    setBusy(true);
    try {
      setPlan(await catalogApi.previewImport(orgId, next));
    } catch (failure) {
      setError(officeErrorMessage(failure));
    }
    setBusy(false);
  }

  async function confirm() {
    if (!file) return;
    setBusy(true);
    setError(undefined);
    try {
      const done = await catalogApi.applyImport(orgId, file);
      onImported(done.applied);
    } catch (failure) {
      // Refused: the file changed since its preview, or the catalog did. Show why, row by row.
      if (failure instanceof ApiError) {
        const again = importPlanSchema.safeParse(failure.details);
        if (again.success) setPlan(again.data);
      }
      setError(officeErrorMessage(failure));
      setBusy(false);
    }
  }

  return { file, plan, busy, error, choose, confirm };
}

export const importSummary = (plan: ImportPlan) =>
  `${plan.rows} row${plan.rows === 1 ? '' : 's'}, ${plan.products} product${plan.products === 1 ? '' : 's'}: ${plan.creates} new, ${plan.updates} updated`;
