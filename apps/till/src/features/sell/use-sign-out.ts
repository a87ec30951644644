import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { db } from '../../app/services';
import { tillSession } from '../../app/till-session-store';
import { checkSignOut, readUnsynced } from '../outbox-export/leave-guard';
import { endSession } from '../sign-in/staff-session';
import { cartStore } from './cart-store';

/**
 * Ends the staff session; the till stays paired and its outbox keeps syncing. With changes still
 * in the outbox, `request` opens the export-first dialog instead (`unsynced`), whose choices call
 * `signOut` or `stay`.
 */
export function useSignOut() {
  const navigate = useNavigate();
  const [unsynced, setUnsynced] = useState<{ pending: number } | undefined>(undefined);

  const signOut = () => {
    setUnsynced(undefined);
    void (async () => {
      await endSession(db);
      cartStore.getState().clear();
      tillSession.setState({ actor: undefined });
      await navigate({ to: '/sign-in' });
    })();
  };

  const request = () => {
    void (async () => {
      const check = checkSignOut(await readUnsynced(db));
      if (check.kind === 'clear') signOut();
      else setUnsynced({ pending: check.pending });
    })();
  };

  return {
    request,
    unsynced,
    signOut,
    stay: () => {
      setUnsynced(undefined);
    },
  };
}
