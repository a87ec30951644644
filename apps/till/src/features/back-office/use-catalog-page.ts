import { useCallback, useEffect, useState } from 'react';
import type { ProductRecord } from '@tillsafe/sync';
import type { ProductStatusFilter } from './catalog-api';
import { catalogApi } from './catalog-services';
import { saveFile } from './document-files';
import { officeErrorMessage } from './office-errors';
import { useOfficeOrg } from './office-org';
import { officeApi } from './office-services';
import { useResource } from './use-resource';

export const PAGE_SIZE = 50;
const SEARCH_DELAY_MS = 250;

/** The catalog page's state: the search (sent once typing pauses), the page of products, what is open. */
export function useCatalogPage() {
  const org = useOfficeOrg();
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<ProductStatusFilter>('all');
  const [offset, setOffset] = useState(0);
  const [editing, setEditing] = useState<{ product: ProductRecord | undefined } | undefined>();
  const [deactivating, setDeactivating] = useState<ProductRecord | undefined>();
  const [importing, setImporting] = useState(false);
  const [notice, setNotice] = useState<string | undefined>();
  const [exportError, setExportError] = useState<string | undefined>();

  useEffect(() => {
    const timer = setTimeout(() => {
      setQuery(search);
      setOffset(0);
    }, SEARCH_DELAY_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [search]);

  const page = useResource(`products:${org.id}:${status}:${offset}:${query}`, () => catalogApi.listProducts(org.id, { q: query, status, limit: PAGE_SIZE, offset }));
  const references = useResource(`catalog-references:${org.id}`, () => catalogApi.references(org.id));
  const channels = useResource(`channels:${org.id}`, () => officeApi.listChannels(org.id));
  const { reload } = page;

  const deactivate = useCallback(
    async (product: ProductRecord): Promise<string | undefined> => {
      try {
        await catalogApi.deactivateProduct(org.id, product.id);
        await reload();
        return undefined;
      } catch (error) {
        return officeErrorMessage(error);
      }
    },
    [org.id, reload],
  );

  async function exportCsv() {
    setExportError(undefined);
    try {
      saveFile(await catalogApi.exportCsv(org.id), 'catalog.csv');
    } catch (error) {
      setExportError(officeErrorMessage(error));
    }
  }

  return {
    orgId: org.id,
    importing,
    setImporting,
    notice,
    exportError,
    exportCsv,
    imported: (applied: number) => {
      setImporting(false);
      setNotice(`Imported ${applied} product${applied === 1 ? '' : 's'}.`);
      void reload();
    },
    search,
    setSearch,
    status,
    setStatus: (next: ProductStatusFilter) => {
      setStatus(next);
      setOffset(0);
    },
    offset,
    setOffset,
    page,
    references,
    /** Prices are in the organisation's currency: its channels share one. */
    currency: channels.data?.[0]?.currency ?? 'USD',
    editing,
    openEditor: (product?: ProductRecord) => {
      setEditing({ product });
    },
    closeEditor: () => {
      setEditing(undefined);
    },
    deactivating,
    setDeactivating,
    deactivate,
  };
}
