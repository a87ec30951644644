import { useCallback, useEffect, useRef, useState } from 'react';
import { dateRange } from './audit-format';
import type { AuditEntry, AuditFilters } from './audit-schemas';
import { officeErrorMessage } from './office-errors';
import { useOfficeOrg } from './office-org';
import { officeApi } from './office-services';

export const NO_FILTERS: AuditFilters = { action: '', actor: '', from: '', to: '' };

/**
 * The Audit page's entries: the first page for the filters, then older pages appended on
 * request. Changing a filter starts again; an answer for older filters is dropped.
 */
export function useAuditLog() {
  const org = useOfficeOrg();
  const [filters, setFilters] = useState<AuditFilters>(NO_FILTERS);
  const [entries, setEntries] = useState<AuditEntry[] | undefined>(undefined);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | undefined>(undefined);
  const ticket = useRef(0);

  const load = useCallback(
    async (after: string | null) => {
      const mine = ++ticket.current;
      setLoading(true);
      setError(undefined);
      try {
        const page = await officeApi.listAudit(org.id, {
          ...(filters.action ? { action: filters.action } : {}),
          ...(filters.actor ? { actor: filters.actor } : {}),
          ...dateRange(filters.from, filters.to),
          ...(after ? { cursor: after } : {}),
        });
        if (mine !== ticket.current) return;
        setEntries((shown) => (after && shown ? [...shown, ...page.entries] : page.entries));
        setCursor(page.nextCursor);
      } catch (failure) {
        if (mine === ticket.current) setError(officeErrorMessage(failure));
      } finally {
        if (mine === ticket.current) setLoading(false);
      }
    },
    [org.id, filters],
  );

  useEffect(() => {
    setEntries(undefined);
    void load(null);
  }, [load]);

  return {
    filters,
    /** The change handler of one filter's field. */
    filterSetter: (key: keyof AuditFilters) => (value: string) => {
      setFilters((f) => ({ ...f, [key]: value }));
    },
    clearFilters: () => {
      setFilters(NO_FILTERS);
    },
    entries,
    loading,
    error,
    hasOlder: cursor !== null,
    loadOlder: () => void load(cursor),
  };
}
