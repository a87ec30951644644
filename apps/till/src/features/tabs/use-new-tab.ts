import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { db, syncEngine } from '../../app/services';
import { describeMutationError } from '../../sync-client/describe-mutation-error';
import { openTab } from './tab-actions';
import type { TabView } from './tab-view';

/** The "New tab" form: a table number, a name or both; opening it goes straight to the tab. */
export function useNewTab(openTabs: readonly TabView[]) {
  const navigate = useNavigate();
  const [tableNo, setTableNo] = useState('');
  const [name, setName] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const table = tableNo.trim();
  // Another tab on the same table is allowed (separate bills), but worth a second look.
  const sameTable = table ? openTabs.find((v) => v.tab.tableNo?.toLowerCase() === table.toLowerCase()) : undefined;

  async function submit() {
    if (saving || (!table && !name.trim())) return;
    setSaving(true);
    try {
      const tabId = await openTab(db, { tableNo: table, name });
      syncEngine.requestPush();
      await navigate({ to: '/tabs/$tabId', params: { tabId } });
    } catch (e) {
      setError(`The tab was not opened: ${describeMutationError(e)}`);
      setSaving(false);
    }
  }

  return {
    tableNo,
    setTableNo,
    name,
    setName,
    saving,
    error,
    sameTable,
    canOpen: !saving && (table !== '' || name.trim() !== ''),
    submit: () => void submit(),
  };
}
