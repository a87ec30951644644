import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { db } from '../../app/services';
import { tillSession } from '../../app/till-session-store';
import { checkSignOut, readUnsynced } from '../outbox-export/leave-guard';
import { endSession } from '../sign-in/staff-session';
import { screenLockStore } from './screen-lock';

/**
 * "Switch user" on the lock screen: ends the locked session and opens the staff picker. Unlike
 * "Sign out" it keeps the cart: the cart lives only in memory (cart-store.ts), so clearing it
 * would lose the sale in progress; the next person signed in finds it as it was. With changes
 * still in the outbox it asks for the export first, as sign-out does (DESIGN §4).
 */
export function useSwitchUser() {
  const navigate = useNavigate();
  const [unsynced, setUnsynced] = useState<{ pending: number } | undefined>(undefined);

  const switchUser = () => {
    setUnsynced(undefined);
    void (async () => {
      await endSession(db);
      screenLockStore.setState({ lock: undefined });
      tillSession.setState({ actor: undefined });
      await navigate({ to: '/sign-in' });
    })();
  };

  const request = () => {
    void (async () => {
      const check = checkSignOut(await readUnsynced(db));
      if (check.kind === 'clear') switchUser();
      else setUnsynced({ pending: check.pending });
    })();
  };

  return {
    request,
    unsynced,
    switchUser,
    stay: () => {
      setUnsynced(undefined);
    },
  };
}
