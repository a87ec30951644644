import type { Pack } from '@tillsafe/domain';
import type { ProductRecord } from '@tillsafe/sync';
import { useState } from 'react';
import { db, syncEngine } from '../../app/services';
import { describeMutationError } from '../../sync-client/describe-mutation-error';
import { addTabLine, closeTab, setLineNotes, setLineQty, voidTabLine } from './tab-actions';

/**
 * What a bartender can do to one tab. Each action is stored locally at once (so it works
 * offline) and then pushed; a refusal is shown on the tab and nothing is stored.
 */
export function useTabActions(tabId: string) {
  const [error, setError] = useState<string | undefined>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);

  async function run(action: () => Promise<{ outcome: { status: string; message?: string } }>): Promise<boolean> {
    // The push is asked for as the change starts, not once it is stored: it takes its lock while
    // the change commits, and its reads come after the commit, since IndexedDB runs transactions
    // over the same tables in the order they were created. The other tills hear of it sooner.
    const stored = action();
    syncEngine.requestPush();
    try {
      const { outcome } = await stored;
      setError(undefined);
      // A line added just as this till learned the tab was closed goes to the table's new tab.
      if (outcome.status === 'merged' && outcome.message) setNotice(outcome.message);
      return true;
    } catch (e) {
      setError(describeMutationError(e));
      return false;
    }
  }

  return {
    error,
    notice,
    dismiss: () => {
      setError(undefined);
      setNotice(undefined);
    },
    add: (product: ProductRecord, pack: Pack) => void run(() => addTabLine(db, tabId, product.id, pack.id)),
    setQty: (lineId: string, qty: number) => void run(() => setLineQty(db, lineId, qty)),
    setNotes: (lineId: string, notes: string) => run(() => setLineNotes(db, lineId, notes)),
    voidLine: (lineId: string) => run(() => voidTabLine(db, lineId)),
    close: () => run(() => closeTab(db, tabId)),
  };
}

export type TabActions = ReturnType<typeof useTabActions>;
