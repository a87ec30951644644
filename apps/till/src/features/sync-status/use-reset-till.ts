import { useState } from 'react';
import { db, syncEngine } from '../../app/services';
import { useLiveQuery } from '../../lib/use-live-query';
import { checkReset, readUnsynced, type ResetCheck } from '../outbox-export/leave-guard';
import { savedExports, useSavedExports } from '../outbox-export/saved-exports';
import { wipeTillDatabase } from './reset-till';

export type ResetPhase = { step: 'confirming' } | { step: 'resetting' } | { step: 'failed'; message: string };

/** The reset guard, followed live, and the typed confirmation (the till's name). */
export function useResetTill(tillName: string) {
  const unsynced = useLiveQuery(() => readUnsynced(db), []);
  const exported = useSavedExports((s) => s.mutationIds);
  const check: ResetCheck | undefined = unsynced ? checkReset(unsynced, exported) : undefined;
  const [typed, setTyped] = useState('');
  const [phase, setPhase] = useState<ResetPhase>({ step: 'confirming' });
  const confirmed = typed.trim().toLocaleLowerCase() === tillName.trim().toLocaleLowerCase();
  const allowed = check !== undefined && check.kind !== 'export-first';

  async function reset() {
    if (!allowed || !confirmed) return;
    setPhase({ step: 'resetting' });
    try {
      // Checked again against the database itself: a sale may have landed since the screen drew.
      const fresh = checkReset(await readUnsynced(db), savedExports.getState().mutationIds);
      if (fresh.kind === 'export-first') {
        setPhase({ step: 'failed', message: 'New changes arrived that are not in the export. Export again, then reset.' });
        return;
      }
      syncEngine.stop();
      await wipeTillDatabase(db);
      // A fresh page: every singleton starts over, and with no enrolment the till opens on pairing.
      window.location.replace('/');
    } catch (error) {
      setPhase({ step: 'failed', message: `The till could not be reset: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  return { check, typed, setTyped, confirmed, allowed, phase, reset: () => void reset() };
}
