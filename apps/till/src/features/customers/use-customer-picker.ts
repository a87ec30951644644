import type { CustomerRecord } from '@tillsafe/sync';
import { useMemo, useState } from 'react';
import { db, syncEngine } from '../../app/services';
import { recordTables } from '../../db/record-tables';
import { useLiveQuery } from '../../lib/use-live-query';
import { describeMutationError } from '../../sync-client/describe-mutation-error';
import { createCustomer, draftFromQuery, readNewCustomer, type NewCustomerDraft, type NewCustomerField } from './new-customer';
import { indexCustomers, searchCustomers } from './search-customers';

/**
 * The customer picker's state: the till's customers (live: a pull or another tab's new customer
 * shows at once), the search over them, and the new-customer form, which creates the customer
 * with `customer.upsert` and hands its id back to be attached to the sale.
 */
export function useCustomerPicker(onPicked: (customerId: string) => void) {
  const rows = useLiveQuery(() => db.customers.toArray(), []);
  const index = useMemo(() => indexCustomers((rows ?? []).map((row) => recordTables.customer.fromRow(row).data as CustomerRecord)), [rows]);
  const [query, setQuery] = useState('');
  const results = useMemo(() => searchCustomers(index, query), [index, query]);
  const [draft, setDraft] = useState<NewCustomerDraft | null>(null);
  const [problem, setProblem] = useState<{ field: NewCustomerField | null; message: string } | null>(null);
  const [saving, setSaving] = useState(false);

  async function create() {
    if (!draft || saving) return;
    const reading = readNewCustomer(draft);
    if (!reading.ok) {
      setProblem({ field: reading.field, message: reading.message });
      return;
    }
    setSaving(true);
    try {
      await createCustomer(db, reading.customer);
      syncEngine.requestPush();
      onPicked(reading.customer.id);
    } catch (error) {
      setProblem({ field: null, message: `The customer was not saved: ${describeMutationError(error)}` });
      setSaving(false);
    }
  }

  return {
    loading: rows === undefined,
    total: index.length,
    query,
    setQuery,
    results,
    draft,
    startNew: () => {
      setDraft(draftFromQuery(query));
      setProblem(null);
    },
    editDraft: (change: Partial<NewCustomerDraft>) => {
      setDraft((d) => (d ? { ...d, ...change } : d));
      setProblem(null);
    },
    backToSearch: () => {
      setDraft(null);
      setProblem(null);
    },
    problem,
    saving,
    create: () => void create(),
  };
}
