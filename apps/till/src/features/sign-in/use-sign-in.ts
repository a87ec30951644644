import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { db, syncEngine } from '../../app/services';
import { tillSession } from '../../app/till-session-store';
import type { StaffRow } from '../../db/rows';
import { checkPin } from './pin-attempts';
import { flushPinAudit } from './pin-audit';
import { wrongPinSentence } from './pin-lockout';
import { startSession } from './staff-session';
import { usePinEntry } from './use-pin-entry';

/** The staff picker's choice and the PIN typed for it; a wrong PIN counts toward the lockout. */
export function useSignIn() {
  const navigate = useNavigate();
  const [selected, setSelected] = useState<StaffRow | undefined>(undefined);
  const entry = usePinEntry();

  const choose = (staff: StaffRow | undefined) => {
    setSelected(staff);
    entry.settle(undefined);
  };

  async function signIn() {
    if (!selected) return;
    await entry.attempt(async () => {
      const result = await checkPin(db, selected, entry.pin, 'sign-in');
      // A lockout shows from the live lockout state, with its countdown.
      entry.settle(result.kind === 'wrong' ? wrongPinSentence(result.triesLeft) : undefined);
      if (result.kind !== 'ok') return;
      await startSession(db, selected);
      // Committed (not yet pushed) before the sell screen opens, so the sign-in is in the outbox first.
      await flushPinAudit(db, () => {
        syncEngine.requestPush();
      });
      tillSession.setState({ actor: selected, signedOutNotice: undefined });
      await navigate({ to: '/sell' });
    });
  }

  return { selected, choose, entry, signIn: () => void signIn() };
}
