import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { exportedMutationIds, type OutboxExport } from '../../sync-client/outbox-export';

/**
 * The outbox files offered for download in this page session (memory only: a reload forgets
 * them, so a reset after a reload asks for a fresh file). The browser does not say whether the
 * person kept the download; offering it is what the till can know.
 */
export interface SavedExportsState {
  /** Every mutation id held by any file saved in this session. */
  mutationIds: ReadonlySet<string> | undefined;
  lastFileName: string | undefined;
  lastSavedAt: string | undefined;
}

export const savedExports = createStore<SavedExportsState>(() => ({ mutationIds: undefined, lastFileName: undefined, lastSavedAt: undefined }));

export function rememberExport(file: OutboxExport, fileName: string): void {
  const ids = new Set(savedExports.getState().mutationIds);
  for (const id of exportedMutationIds(file)) ids.add(id);
  savedExports.setState({ mutationIds: ids, lastFileName: fileName, lastSavedAt: file.exportedAt });
}

export function useSavedExports<T>(select: (state: SavedExportsState) => T): T {
  return useStore(savedExports, select);
}
